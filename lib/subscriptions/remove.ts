import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";

/** An admin removes a subscriber (and its queued deliveries); audited without the webhook secret. */
export async function removeSubscriber(actor: Actor, subscriberId: string): Promise<MutationResult<{ id: string }>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ id: string }>> => {
    const before = await tx.subscriber.findUnique({ where: { id: subscriberId }, omit: { webhookSecretEncrypted: true } });
    if (!before) return notFound("No subscriber has that id");
    await tx.subscriber.delete({ where: { id: subscriberId } });
    await recordAudit(tx, { actor, action: "subscriber.delete", entityType: "subscriber", entityId: subscriberId, before, after: null });
    return succeeded({ id: subscriberId });
  });
}
