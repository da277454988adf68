import { describe, expect, it } from "vitest";
import { setComponentStatus } from "@/lib/components/set-status";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useWebhookDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, dataOf, secondsAfter, subscribeWebhook, WEBHOOK_ONLY_DEPS } from "@/lib/testing/notification-fixture";
import { MAX_ATTEMPTS } from "./backoff";
import { claimDueDeliveries, markDelivered } from "./claim";
import { sendDelivery } from "./deliver";
import { processDueDeliveries } from "./process";
import { retryDelivery } from "./retry";
import { startNotificationWorker, stopNotificationWorker } from "./worker";

const deps = WEBHOOK_ONLY_DEPS;

describe.each(DATABASE_KINDS)("delivery guarantees on %s", (kind) => {
  const harness = useWebhookDeliveryHarness(kind);

  /** One subscriber, one queued delivery; returns when it was queued. */
  async function queueOne(status: "major_outage" | "operational" = "major_outage") {
    await subscribeWebhook(harness.receiver.url);
    dataOf(await setComponentStatus(alice, "amazon", { status }));
    const delivery = await (await getPrisma()).notificationDelivery.findFirstOrThrow();
    return { delivery, t0: new Date(Math.max(Date.now(), delivery.nextAttemptAt.getTime())) };
  }
  const deliveryNow = async (id: string) => (await getPrisma()).notificationDelivery.findUniqueOrThrow({ where: { id } });
  const at = (time: Date) => ({ now: () => time });

  it("a receiver that fails twice then succeeds gets exactly one successful delivery, retried with backoff", async () => {
    const { delivery, t0 } = await queueOne();
    harness.receiver.answerWith(500, 503);
    await processDueDeliveries(deps, at(t0));
    expect(await deliveryNow(delivery.id)).toMatchObject({ state: "pending", attempts: 1, lastError: "webhook answered HTTP 500" });
    expect((await deliveryNow(delivery.id)).nextAttemptAt).toEqual(secondsAfter(t0, 10));
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 9)))).toMatchObject({ claimed: 0 }); // not before its backoff
    await processDueDeliveries(deps, at(secondsAfter(t0, 10)));
    expect((await deliveryNow(delivery.id)).nextAttemptAt).toEqual(secondsAfter(t0, 30));
    await processDueDeliveries(deps, at(secondsAfter(t0, 30)));
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 3600)))).toMatchObject({ claimed: 0 });

    expect(harness.receiver.received.map((r) => r.status)).toEqual([500, 503, 200]);
    expect(new Set(harness.receiver.received.map((r) => r.headers["beacon-delivery-id"]))).toEqual(new Set([delivery.id]));
    expect(await deliveryNow(delivery.id)).toMatchObject({ state: "delivered", attempts: 3, lastError: null });
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });

  it("a worker that dies after claiming loses nothing: the row is claimed again once its lease runs out", async () => {
    const { delivery, t0 } = await queueOne();
    const prisma = await getPrisma();
    const dead = await claimDueDeliveries(prisma, { now: t0, leaseMs: 60_000 }); // claimed, then the worker is gone
    expect(dead.map((c) => c.id)).toEqual([delivery.id]);
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 59)))).toMatchObject({ claimed: 0 }); // still leased
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 60)))).toMatchObject({ claimed: 1, delivered: 1 });
    expect(harness.receiver.received.map((r) => r.headers["beacon-delivery-id"])).toEqual([delivery.id]);
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 3600)))).toMatchObject({ claimed: 0 });
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });

  it("a worker that sent but died before recording it is retried with the same idempotency key, and its late mark is ignored", async () => {
    const { delivery, t0 } = await queueOne();
    const prisma = await getPrisma();
    const [stale] = await claimDueDeliveries(prisma, { now: t0, leaseMs: 60_000 });
    await sendDelivery(prisma, stale.id, deps); // sent; the process dies before markDelivered
    await processDueDeliveries(deps, at(secondsAfter(t0, 61)));
    expect(await markDelivered(prisma, stale, secondsAfter(t0, 62))).toBe(false); // the lease moved on
    expect(harness.receiver.received.map((r) => r.headers["beacon-delivery-id"])).toEqual([delivery.id, delivery.id]);
    expect(await deliveryNow(delivery.id)).toMatchObject({ state: "delivered", attempts: 2 });
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });

  it("two workers polling at once send every delivery once", async () => {
    for (let i = 0; i < 4; i += 1) await subscribeWebhook(`${harness.receiver.url}?n=${i}`);
    dataOf(await setComponentStatus(alice, "unleashed", { status: "partial_outage" }));
    const [a, b] = await Promise.all([processDueDeliveries(deps, { limit: 3 }), processDueDeliveries(deps, { limit: 3 })]);
    await processDueDeliveries(deps);
    expect(a.claimed + b.claimed).toBeGreaterThanOrEqual(3);
    const ids = harness.receiver.received.map((r) => r.headers["beacon-delivery-id"]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    dataOf(await setComponentStatus(alice, "unleashed", { status: "operational" }));
  });

  it(`after ${MAX_ATTEMPTS} failed attempts a delivery is failed, and an admin's retry delivers it with the same id`, async () => {
    const { delivery, t0 } = await queueOne();
    harness.receiver.answerWith(...Array<number>(MAX_ATTEMPTS).fill(500));
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) await processDueDeliveries(deps, at(secondsAfter(t0, 10 * 2 ** i + i)));
    expect(await deliveryNow(delivery.id)).toMatchObject({
      state: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "webhook answered HTTP 500",
    });
    expect(await processDueDeliveries(deps, at(secondsAfter(t0, 100_000)))).toMatchObject({ claimed: 0 });

    dataOf(await retryDelivery(alice, delivery.id));
    await processDueDeliveries(deps);
    expect(await deliveryNow(delivery.id)).toMatchObject({ state: "delivered", attempts: 1 });
    expect(harness.receiver.received.at(-1)).toMatchObject({ status: 200, headers: { "beacon-delivery-id": delivery.id } });
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({ where: { action: "delivery.retry", entityId: delivery.id } });
    expect(audit.actorLabel).toBe("alice@example.com");
    expect((await retryDelivery(alice, delivery.id)).ok).toBe(false); // delivered is final
    dataOf(await setComponentStatus(alice, "amazon", { status: "operational" }));
  });

  it("posting an update returns before anything is sent, and the running worker sends it at once", async () => {
    await subscribeWebhook(harness.receiver.url);
    expect(startNotificationWorker({ intervalMs: 60_000, deps })).toBe(true); // the poll alone would take a minute
    try {
      dataOf(await createIncident({ actor: alice }, { name: "Woken", impact: "minor", message: "The worker wakes on enqueue." }));
      expect(harness.receiver.received).toHaveLength(0);
      await expect.poll(() => harness.receiver.received.length, { timeout: 5_000, interval: 50 }).toBe(1);
      expect(JSON.parse(harness.receiver.received[0].body)).toMatchObject({ event: "incident.created", incident: { name: "Woken" } });
    } finally {
      await stopNotificationWorker();
    }
  });
});
