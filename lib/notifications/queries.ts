import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { DeliveryState, SubscriberChannel } from "@/lib/generated/prisma/enums";

export interface DeliveryView {
  id: string;
  event: string;
  recipient: string;
  /** "operator": a reminder to an admin address or the admin webhook. */
  channel: SubscriberChannel | "operator";
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
    include: {
      notification: { select: { event: true } },
      subscriber: { select: { channel: true, email: true, webhookUrl: true, channelLabel: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map((d) => ({
    id: d.id,
    event: d.notification.event,
    recipient: d.subscriber
      ? (d.subscriber.email ?? d.subscriber.webhookUrl ?? d.subscriber.channelLabel ?? "")
      : (d.operatorRecipient ?? "").replace(/^email:/, ""),
    channel: d.subscriber?.channel ?? "operator",
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    lastError: d.lastError,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  }));
}
