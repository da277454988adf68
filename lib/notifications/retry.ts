import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { getPrisma } from "@/lib/db/boot";
import { notifyEnqueued } from "./wake";

/** An admin sends a failed (or waiting) delivery again now, with a fresh attempt budget and the same id. */
export async function retryDelivery(actor: Actor, deliveryId: string, now = new Date()): Promise<MutationResult<{ id: string }>> {
  const prisma = await getPrisma();
  const result = await prisma.$transaction(async (tx): Promise<MutationResult<{ id: string }>> => {
    const locked = await lockRowById(tx, "NotificationDelivery", deliveryId);
    if (!locked) return notFound("No delivery has that id");
    const before = await tx.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    if (before.state === "delivered") return invalidTransition("This delivery was already delivered");
    if (before.leaseUntil && before.leaseUntil > now) return invalidTransition("This delivery is being sent right now");
    const after = await tx.notificationDelivery.update({
      where: { id: deliveryId },
      data: { state: "pending", attempts: 0, nextAttemptAt: now, leaseUntil: null },
    });
    await recordAudit(tx, { actor, action: "delivery.retry", entityType: "notification_delivery", entityId: deliveryId, before, after });
    return succeeded({ id: deliveryId });
  });
  if (result.ok) notifyEnqueued();
  return result;
}
