import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { PageSettings } from "@/lib/generated/prisma/client";
import { pageSettingsInput } from "./schema";
import { DEFAULT_PAGE_SLUG, PAGE_SETTINGS_ID } from "./settings";

// The settings are one row; its id is fixed so there can never be two.

/** Sets the page's name, URL, time zone, description and logo, creating the row the first time. */
export async function updatePageSettings(actor: Actor, rawInput: unknown): Promise<MutationResult<PageSettings>> {
  const parsed = pageSettingsInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<PageSettings>> => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PageSettings" WHERE id = ${PAGE_SETTINGS_ID} FOR UPDATE`;
    const before = locked.length > 0 ? await tx.pageSettings.findUniqueOrThrow({ where: { id: PAGE_SETTINGS_ID } }) : null;
    const after = await tx.pageSettings.upsert({
      where: { id: PAGE_SETTINGS_ID },
      create: { id: PAGE_SETTINGS_ID, slug: DEFAULT_PAGE_SLUG, showAllComponents: true, ...input },
      update: input,
    });

    await recordAudit(tx, {
      actor,
      action: "page_settings.update",
      entityType: "page_settings",
      entityId: PAGE_SETTINGS_ID,
      before,
      after,
    });
    return succeeded(after);
  });
}
