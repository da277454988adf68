import { describe, expect, it } from "vitest";
import { setComponentStatus } from "@/lib/components/set-status";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { advanceDueMaintenances } from "@/lib/maintenance/advance";
import { createMaintenance } from "@/lib/maintenance/create";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useWebhookDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, componentId, dataOf, groupIdOf, PUBLIC_URL, subscribeWebhook, WEBHOOK_ONLY_DEPS } from "@/lib/testing/notification-fixture";
import { processDueDeliveries } from "./process";
import { verifyWebhookSignature } from "./signature";

const deps = WEBHOOK_ONLY_DEPS;

describe.each(DATABASE_KINDS)("webhook notifications on %s", (kind) => {
  const harness = useWebhookDeliveryHarness(kind);

  it("a component status change reaches the receiver signed, with the delivery id and Beacon's JSON shape", async () => {
    const { signingSecret } = await subscribeWebhook(harness.receiver.url);
    const api = await componentId("backend-api");
    dataOf(await setComponentStatus(alice, "backend-api", { status: "major_outage" }));
    expect(await processDueDeliveries(deps)).toMatchObject({ claimed: 1, delivered: 1 });

    expect(harness.receiver.received).toHaveLength(1);
    const [hook] = harness.receiver.received;
    expect(verifyWebhookSignature(signingSecret, hook.body, String(hook.headers["beacon-signature"]))).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", hook.body, String(hook.headers["beacon-signature"]))).toBe(false);
    const delivery = await (await getPrisma()).notificationDelivery.findFirstOrThrow();
    expect(hook.headers["beacon-delivery-id"]).toBe(delivery.id);
    expect(hook.headers["beacon-event"]).toBe("component.status_changed");
    expect(hook.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(hook.body)).toEqual({
      id: delivery.id,
      event: "component.status_changed",
      created_at: expect.any(String),
      page: { id: "page", name: expect.any(String), url: PUBLIC_URL },
      components: [{ id: api, name: "Backend API", status: "major_outage", old_status: "operational" }],
    });
    expect(delivery).toMatchObject({ state: "delivered", attempts: 1, leaseUntil: null });
    dataOf(await setComponentStatus(alice, "backend-api", { status: "operational" }));
  });

  it("an incident reaches the receiver with its update and affected components", async () => {
    await subscribeWebhook(harness.receiver.url);
    const api = await componentId("backend-api");
    const { incident, update } = dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "API errors",
          impact: "major",
          message: "We are looking into it.",
          componentStatuses: [{ componentId: api, status: "partial_outage" }],
        },
      ),
    );
    await processDueDeliveries(deps);
    const body = JSON.parse(harness.receiver.received[0].body);
    expect(body).toMatchObject({
      event: "incident.created",
      incident: {
        id: incident.id,
        name: "API errors",
        status: "investigating",
        impact: "major",
        url: `${PUBLIC_URL}/incidents/${incident.id}`,
      },
      update: { id: update.id, status: "investigating", body: "We are looking into it.", display_at: update.displayAt.toISOString() },
      components: [{ id: api, name: "Backend API", status: "partial_outage", old_status: "operational" }],
    });
    dataOf(await setComponentStatus(alice, "backend-api", { status: "operational" }));
  });

  it("a subscriber to one component gets nothing about another; a group subscriber gets its group's components", async () => {
    const onlyApi = await subscribeWebhook(`${harness.receiver.url}?who=api`, { componentIds: [await componentId("backend-api")] });
    await subscribeWebhook(`${harness.receiver.url}?who=integrations`, { groupIds: [await groupIdOf("xero")] });
    dataOf(await setComponentStatus(alice, "xero", { status: "degraded_performance" }));
    await processDueDeliveries(deps);
    expect(harness.receiver.received.map((r) => r.headers["beacon-event"])).toEqual(["component.status_changed"]);
    const prisma = await getPrisma();
    expect(await prisma.notificationDelivery.count({ where: { subscriberId: onlyApi.subscriberId } })).toBe(0);
    dataOf(await setComponentStatus(alice, "backend-api", { status: "degraded_performance" }));
    expect(await prisma.notificationDelivery.count({ where: { subscriberId: onlyApi.subscriberId } })).toBe(1);
    for (const slug of ["xero", "backend-api"]) dataOf(await setComponentStatus(alice, slug, { status: "operational" }));
  });

  it("Slack and Discord receivers get their incoming-webhook message shapes", async () => {
    await subscribeWebhook(`${harness.receiver.url}?f=slack`, { webhookFormat: "slack" });
    await subscribeWebhook(`${harness.receiver.url}?f=discord`, { webhookFormat: "discord" });
    dataOf(await setComponentStatus(alice, "frontend", { status: "partial_outage" }));
    await processDueDeliveries(deps);
    const bodies = harness.receiver.received
      .map((r) => JSON.parse(r.body))
      .sort((a, b) => Object.keys(a)[0].localeCompare(Object.keys(b)[0]));
    expect(bodies).toEqual([
      { content: expect.stringContaining("Frontend is now partial outage"), allowed_mentions: { parse: [] } },
      { text: expect.stringContaining("Frontend is now partial outage") },
    ]);
    dataOf(await setComponentStatus(alice, "frontend", { status: "operational" }));
  });

  it("an incident posted without notifying subscribers queues nothing", async () => {
    await subscribeWebhook(harness.receiver.url);
    dataOf(
      await createIncident(
        { actor: alice },
        { name: "Quiet fix", impact: "minor", message: "Fixing quietly.", deliverNotifications: false },
      ),
    );
    expect(await (await getPrisma()).notificationDelivery.count()).toBe(0);
  });

  it("scheduled maintenance and its automatic start reach subscribers of its components", async () => {
    await subscribeWebhook(harness.receiver.url, { componentIds: [await componentId("shopify")] });
    const prisma = await getPrisma();
    await prisma.scheduledMaintenance.deleteMany();
    const start = new Date(Date.now() + 3_600_000);
    const { maintenance } = dataOf(
      await createMaintenance(
        { actor: alice },
        {
          name: "Shopify re-sync",
          message: "Re-syncing orders.",
          componentIds: [await componentId("shopify")],
          scheduledFor: start.toISOString(),
          scheduledUntil: new Date(start.getTime() + 3_600_000).toISOString(),
        },
      ),
    );
    await advanceDueMaintenances(start);
    await processDueDeliveries(deps);
    const bodies = harness.receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => [b.event, b.maintenance.status])).toEqual(
      expect.arrayContaining([
        ["maintenance.scheduled", "scheduled"],
        ["maintenance.updated", "in_progress"],
      ]),
    );
    expect(bodies.find((b) => b.event === "maintenance.updated")).toMatchObject({
      maintenance: { id: maintenance.id, scheduled_for: start.toISOString() },
      components: [{ name: "Shopify", status: "under_maintenance", old_status: "operational" }],
    });
    await advanceDueMaintenances(new Date(start.getTime() + 3_600_000));
  });

  it("a delivery the SSRF guard refuses is failed at once, never retried", async () => {
    // Subscribed while private networks were allowed; delivery now runs under a policy that refuses them.
    await subscribeWebhook(harness.receiver.url);
    dataOf(await setComponentStatus(alice, "backend-api", { status: "major_outage" }));
    const strict = { ...deps, webhookTargets: { allowPrivateNetworks: false } };
    expect(await processDueDeliveries(strict)).toMatchObject({ claimed: 1, delivered: 0, failedAttempts: 1 });

    const delivery = await (await getPrisma()).notificationDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ state: "failed", attempts: 1, lastError: expect.stringContaining("webhook target refused") });
    expect(await processDueDeliveries(strict, { now: () => new Date(Date.now() + 86_400_000) })).toMatchObject({ claimed: 0 });
    expect(harness.receiver.received).toHaveLength(0);
    dataOf(await setComponentStatus(alice, "backend-api", { status: "operational" }));
  });
});
