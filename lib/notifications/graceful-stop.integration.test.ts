import { describe, expect, it } from "vitest";
import { setComponentStatus } from "@/lib/components/set-status";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useWebhookDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, dataOf, subscribeWebhook, WEBHOOK_ONLY_DEPS } from "@/lib/testing/notification-fixture";
import { claimDueDeliveries } from "./claim";
import { startNotificationWorker, stopNotificationWorker } from "./worker";

// Shutdown: the worker stops claiming, lets the send in flight finish within the grace period, and otherwise hands
// the delivery back, so another instance sends it at once instead of after the lease (a minute).
describe.each(DATABASE_KINDS)("stopping the notification worker on %s", (kind) => {
  const harness = useWebhookDeliveryHarness(kind);

  /** Starts the worker, queues one webhook delivery and waits until its request reached the harness.receiver. */
  async function sendingOne(shutdownGraceMs: number) {
    await subscribeWebhook(harness.receiver.url);
    startNotificationWorker({ intervalMs: 60_000, deps: WEBHOOK_ONLY_DEPS, shutdownGraceMs });
    dataOf(await setComponentStatus(alice, "amazon", { status: "major_outage" })); // wakes the worker
    await expect.poll(() => harness.receiver.waiting, { timeout: 5_000, interval: 20 }).toBe(1);
    return (await getPrisma()).notificationDelivery.findFirstOrThrow();
  }

  it("a send still running when the grace period ends is released, unattempted, and claimable at once", async () => {
    harness.receiver.answerAfter(Number.POSITIVE_INFINITY);
    const delivery = await sendingOne(200);
    expect(delivery.leaseUntil).not.toBeNull();
    await stopNotificationWorker();

    const prisma = await getPrisma();
    expect(await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      state: "pending",
      attempts: 0,
      leaseUntil: null,
    });
    const claimed = await claimDueDeliveries(prisma);
    expect(claimed.map((c) => c.id)).toEqual([delivery.id]);
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });

  it("a send that answers within the grace period is recorded as delivered before the worker has stopped", async () => {
    harness.receiver.answerAfter(300);
    const delivery = await sendingOne(5_000);
    await stopNotificationWorker();

    const prisma = await getPrisma();
    expect(await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      state: "delivered",
      attempts: 1,
      leaseUntil: null,
    });
    expect(harness.receiver.received).toHaveLength(1);
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });
});
