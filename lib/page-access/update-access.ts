import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { PageAccess, Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { sealSecret } from "@/lib/secrets/secret-box";
import { hashPagePassword } from "./password-hash";
import { generateReadToken } from "./read-token";
import { pageAccessInput } from "./schema";

// Who may read a page: one row per page, written here only. Every save bumps the epoch, so readers signed in under
// the old rule sign in again. The audit log keeps what changed, never a hash or a secret.

/** What the audit log shows of a rule: whether secrets are set, not their hashes. */
export function auditedAccess(row: PageAccess | null) {
  if (!row) return null;
  const { passwordHash, oidcClientSecretSealed, readTokenHash, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    password: passwordHash ? "set" : null,
    oidcClientSecret: oidcClientSecretSealed ? "set" : null,
    readToken: readTokenHash ? "set" : null,
  };
}

/** The page's settings row must exist for its access row; the default page's is created with its defaults. */
async function lockPage(tx: Prisma.TransactionClient, pageId: string): Promise<boolean> {
  if (pageId === PAGE_SETTINGS_ID) {
    await tx.pageSettings.upsert({ where: { id: pageId }, create: { id: pageId, ...DEFAULT_PAGE_SETTINGS }, update: {} });
  }
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PageSettings" WHERE id = ${pageId} FOR UPDATE`;
  return locked.length > 0;
}

export async function updatePageAccess(actor: Actor, pageId: string, rawInput: unknown): Promise<MutationResult<PageAccess>> {
  const parsed = pageAccessInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { password, oidcClientSecret, ...input } = parsed.data;
  const prisma = await getPrisma();
  const sealed = oidcClientSecret ? await sealSecret(prisma, oidcClientSecret) : undefined;
  const passwordHash = password ? await hashPagePassword(password) : undefined;

  return prisma.$transaction(async (tx): Promise<MutationResult<PageAccess>> => {
    if (!(await lockPage(tx, pageId))) return notFound("That page does not exist");
    const before = await tx.pageAccess.findUnique({ where: { pageId } });
    if (input.kind === "password" && !passwordHash && !before?.passwordHash) return fieldInvalid("password", "Set a password for the page");
    const data = {
      ...input,
      ...(passwordHash ? { passwordHash } : {}),
      ...(sealed ? { oidcClientSecretSealed: sealed } : {}),
      epoch: (before?.epoch ?? 0) + 1,
    };
    const after = await tx.pageAccess.upsert({ where: { pageId }, create: { pageId, ...data }, update: data });
    await recordAudit(tx, {
      actor,
      action: "page_access.update",
      entityType: "page_access",
      entityId: pageId,
      before: auditedAccess(before),
      after: auditedAccess(after),
    });
    return succeeded(after);
  });
}

/** A new read token for the page's badges and feeds, shown once; the old one stops working. */
export async function rotateReadToken(actor: Actor, pageId: string): Promise<MutationResult<{ token: string }>> {
  const prisma = await getPrisma();
  const token = generateReadToken();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ token: string }>> => {
    if (!(await lockPage(tx, pageId))) return notFound("That page does not exist");
    const before = await tx.pageAccess.findUnique({ where: { pageId } });
    const after = await tx.pageAccess.upsert({
      where: { pageId },
      create: { pageId, readTokenHash: token.hash },
      update: { readTokenHash: token.hash },
    });
    await recordAudit(tx, {
      actor,
      action: "page_access.rotate_read_token",
      entityType: "page_access",
      entityId: pageId,
      before: auditedAccess(before),
      after: auditedAccess(after),
    });
    return succeeded({ token: token.plaintext });
  });
}

/** The access settings an owner edits (secrets only as "set or not"). */
export async function getPageAccessSettings(pageId: string) {
  const row = await (await getPrisma()).pageAccess.findUnique({ where: { pageId } });
  return auditedAccess(row);
}
