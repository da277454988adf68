import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { type ApiTokenView, toApiTokenView } from "./queries";

/** Revokes a token for good; revoking a revoked token changes nothing and is not audited again. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<MutationResult<ApiTokenView>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<ApiTokenView>> => {
    const include = { createdBy: { select: { email: true } } } as const;
    const before = await tx.apiToken.findUnique({ where: { id: tokenId }, include });
    if (!before) return notFound("No API token has that id");
    if (before.revokedAt) return succeeded(toApiTokenView(before));

    const after = toApiTokenView(await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, include }));
    await recordAudit(tx, {
      actor,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: tokenId,
      before: toApiTokenView(before),
      after,
    });
    return succeeded(after);
  });
}
