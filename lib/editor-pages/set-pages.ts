import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { editorPagesInput } from "./schema";

/**
 * Limits an editor to some pages (none picked: unlimited again), audited as `user.pages.change`. An owner's limit
 * is kept but has no effect while they are an owner.
 */
export async function setEditorPages(actor: Actor, userId: string, rawInput: unknown): Promise<MutationResult<{ pageIds: string[] }>> {
  const parsed = editorPagesInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const pageIds = [...new Set(parsed.data.pageIds)].sort();
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return notFound("No such admin");
    // The default page may have no row before its settings were first saved; the limit needs one to point at.
    if (pageIds.includes(PAGE_SETTINGS_ID)) {
      await tx.pageSettings.upsert({
        where: { id: PAGE_SETTINGS_ID },
        create: { id: PAGE_SETTINGS_ID, ...DEFAULT_PAGE_SETTINGS },
        update: {},
      });
    }
    const known = await tx.pageSettings.count({ where: { id: { in: pageIds } } });
    if (known !== pageIds.length) return fieldInvalid("pageIds", "pageIds names a page that does not exist");
    const before = (await tx.editorPage.findMany({ where: { userId }, select: { pageId: true }, orderBy: { pageId: "asc" } })).map(
      (row) => row.pageId,
    );
    await tx.editorPage.deleteMany({ where: { userId } });
    if (pageIds.length) await tx.editorPage.createMany({ data: pageIds.map((pageId) => ({ userId, pageId })) });
    await recordAudit(tx, {
      actor,
      action: "user.pages.change",
      entityType: "user",
      entityId: userId,
      before: { pageIds: before },
      after: { pageIds },
    });
    return succeeded({ pageIds });
  });
}

/** Every admin's page limit, by user id (absent: unlimited). */
export async function listEditorPages(): Promise<Map<string, string[]>> {
  const rows = await (await getPrisma()).editorPage.findMany({ orderBy: [{ userId: "asc" }, { pageId: "asc" }] });
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.pageId]);
  return byUser;
}
