import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { DeliveryState } from "@/lib/generated/prisma/enums";

export interface DeliveryView {
  id: string;
  event: string;
  recipient: string;
  channel: "email" | "webhook";
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** The most recent deliveries, newest first, optionally of one state. */
export async function listDeliveries({ state, limit = 200 }: { state?: DeliveryState; limit?: number } = {}): Promise<DeliveryView[]> {
  const prisma = await getPrisma();
  const rows = await prisma.notificationDelivery.findMany({
    where: state ? { state } : {},
    include: { notification: { select: { event: true } }, subscriber: { select: { channel: true, email: true, webhookUrl: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((d) => ({
    id: d.id,
    event: d.notification.event,
    recipient: d.subscriber.email ?? d.subscriber.webhookUrl ?? "",
    channel: d.subscriber.channel,
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  }));
}
