import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { enqueueForSubscriber } from "@/lib/notifications/enqueue";

/**
 * An admin queues a test message to one subscriber, through the outbox like any notice (retried, and shown on the
 * deliveries page with its outcome); audited.
 */
export async function sendTestMessage(actor: Actor, subscriberId: string): Promise<MutationResult<{ id: string }>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ id: string }>> => {
    const subscriber = await tx.subscriber.findUnique({ where: { id: subscriberId }, select: { id: true, channel: true } });
    if (!subscriber) return notFound("No subscriber has that id");
    await enqueueForSubscriber(tx, subscriberId, { event: "subscription.test", components: [] });
    await recordAudit(tx, {
      actor,
      action: "subscriber.test",
      entityType: "subscriber",
      entityId: subscriberId,
      before: null,
      after: { channel: subscriber.channel },
    });
    return succeeded({ id: subscriberId });
  });
}
