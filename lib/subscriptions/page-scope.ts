import "server-only";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pageShowsComponent } from "@/lib/page-selection/event-pages";
import { readPageSelections } from "@/lib/page-selection/read-selections";
import type { ScopeInput } from "./schema";

/** The page a subscription belongs to as stored: null for the default page (what every older row holds). */
export const storedPageId = (pageId: string | null | undefined) => (!pageId || pageId === PAGE_SETTINGS_ID ? null : pageId);

/**
 * Fails when the page does not exist, or on the first component or group the page does not show: a page's readers
 * choose among that page's components only (the ids are known to exist: checkKnownScope ran first).
 */
export async function checkPageScope(
  tx: Prisma.TransactionClient,
  pageId: string | null,
  scope: ScopeInput,
): Promise<MutationFailure | null> {
  const page = (await readPageSelections(tx)).find((p) => p.id === (pageId ?? PAGE_SETTINGS_ID));
  if (!page) return fieldInvalid("pageId", "pageId names no page");
  if (page.showAllComponents) return null;
  const components = await tx.component.findMany({ select: { id: true, groupId: true } });
  const shown = components.filter((c) => pageShowsComponent(page, c));
  const c = scope.componentIds.findIndex((id) => !shown.some((s) => s.id === id));
  if (c >= 0) return fieldInvalid(`componentIds.${c}`, "componentIds names a component this page does not show");
  const g = scope.groupIds.findIndex((id) => !page.groupIds.includes(id) && !shown.some((s) => s.groupId === id));
  if (g >= 0) return fieldInvalid(`groupIds.${g}`, "groupIds names a group this page does not show");
  return null;
}
