import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { setComponentStatus } from "@/lib/components/set-status";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { resolveIncident } from "@/lib/incidents/resolve";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { addMaintenanceUpdate } from "./add-update";
import { createMaintenance } from "./create";
import { editMaintenance } from "./update";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: null, label: "alice@example.com" };
const window = { scheduledFor: "2027-01-10T22:00:00Z", scheduledUntil: "2027-01-11T00:00:00Z" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

// Each test works on its own components, so one test's status history never decides another's.
describe.each(DATABASE_KINDS)("maintenance mutations on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  async function componentId(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  }
  async function statusOf(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).status;
  }
  async function schedule(extra: Record<string, unknown> = {}) {
    return dataOf(
      await createMaintenance({ actor: alice }, { name: "Database migration", message: "Moving the database.", ...window, ...extra }),
    );
  }
  async function counts() {
    const prisma = await getPrisma();
    return {
      maintenances: await prisma.scheduledMaintenance.count(),
      updates: await prisma.maintenanceUpdate.count(),
      audits: await prisma.auditLog.count(),
    };
  }

  it("scheduling maintenance saves its window, components and announcement, and audits it", async () => {
    const prisma = await getPrisma();
    const api = await componentId("backend-api");
    const { maintenance, update } = await schedule({ componentIds: [api], autoComplete: false });

    expect(maintenance).toMatchObject({
      status: "scheduled",
      scheduledFor: new Date(window.scheduledFor),
      scheduledUntil: new Date(window.scheduledUntil),
      autoStart: true,
      autoComplete: false,
      startedAt: null,
    });
    expect(update).toMatchObject({ status: "scheduled", body: "Moving the database." });
    expect(await prisma.maintenanceComponent.findMany({ where: { maintenanceId: maintenance.id } })).toMatchObject([{ componentId: api }]);
    expect(await statusOf("backend-api")).toBe("operational");

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "maintenance.create", entityId: maintenance.id } });
    expect(audit).toMatchObject({ actorType: "user", actorLabel: "alice@example.com", entityType: "maintenance", before: null });
    expect(audit.after).toMatchObject({ name: "Database migration", componentIds: [api], scheduledFor: "2027-01-10T22:00:00.000Z" });
  });

  it("refuses a window that ends before it starts, naming scheduledUntil, and writes nothing", async () => {
    const before = await counts();
    const result = await createMaintenance(
      { actor: alice },
      {
        name: "Backwards",
        message: "x",
        scheduledFor: window.scheduledUntil,
        scheduledUntil: window.scheduledFor,
        noComponents: true,
      },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "validation",
        message: "scheduledUntil must be after scheduledFor",
        fields: { scheduledUntil: ["scheduledUntil must be after scheduledFor"] },
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a componentId that names no component, naming its position", async () => {
    const before = await counts();
    const result = await createMaintenance(
      { actor: alice },
      {
        name: "Ghost",
        message: "x",
        ...window,
        componentIds: [await componentId("frontend"), "nope"],
      },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "componentIds.1": ["componentId names no component"] } },
    });
    expect(await counts()).toEqual(before);
  });

  it("editing scheduled maintenance changes its window and components and audits before and after", async () => {
    const prisma = await getPrisma();
    const [api, mcp] = [await componentId("backend-api"), await componentId("mcp-server")];
    const { maintenance } = await schedule({ componentIds: [api] });
    const edited = dataOf(
      await editMaintenance({ actor: alice }, maintenance.id, {
        name: "Database migration (moved)",
        scheduledFor: "2027-01-12T22:00:00+01:00",
        scheduledUntil: "2027-01-12T23:30:00+01:00",
        componentIds: [mcp],
        autoStart: false,
        autoComplete: true,
        expectedUpdatedAt: maintenance.updatedAt.toISOString(),
      }),
    );
    expect(edited.maintenance).toMatchObject({
      name: "Database migration (moved)",
      scheduledFor: new Date("2027-01-12T21:00:00Z"),
      autoStart: false,
    });
    expect((await prisma.maintenanceComponent.findMany({ where: { maintenanceId: maintenance.id } })).map((l) => l.componentId)).toEqual([
      mcp,
    ]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "maintenance.edit", entityId: maintenance.id } });
    expect(audit.before).toMatchObject({ name: "Database migration", componentIds: [api] });
    expect(audit.after).toMatchObject({ name: "Database migration (moved)", componentIds: [mcp], autoStart: false });

    const stale = await editMaintenance({ actor: alice }, maintenance.id, {
      name: "Stale",
      ...window,
      componentIds: [mcp],
      expectedUpdatedAt: maintenance.updatedAt.toISOString(),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    const invalid = await editMaintenance({ actor: alice }, maintenance.id, {
      name: "Backwards",
      scheduledFor: window.scheduledUntil,
      scheduledUntil: window.scheduledFor,
      componentIds: [mcp],
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { scheduledUntil: ["scheduledUntil must be after scheduledFor"] } },
    });
  });

  it("posting in progress by hand puts the components under maintenance, and completed returns them to their earlier status", async () => {
    const prisma = await getPrisma();
    const [frontend, sse] = [await componentId("frontend"), await componentId("real-time-updates")];
    dataOf(await setComponentStatus(alice, "frontend", { status: "degraded_performance" }));
    const { maintenance } = await schedule({ componentIds: [frontend, sse] });

    const started = dataOf(
      await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "in_progress", message: "Starting now." }),
    );
    expect(started.maintenance.status).toBe("in_progress");
    expect(started.maintenance.startedAt).toEqual(started.update.displayAt);
    expect(started.update.componentChanges).toEqual(
      expect.arrayContaining([
        { componentId: frontend, oldStatus: "degraded_performance", newStatus: "under_maintenance" },
        { componentId: sse, oldStatus: "operational", newStatus: "under_maintenance" },
      ]),
    );
    const history = await prisma.componentStatusChange.findMany({ where: { maintenanceId: maintenance.id } });
    expect(history).toHaveLength(2);
    expect(history.every((h) => h.cause === "maintenance" && h.status === "under_maintenance")).toBe(true);

    const verifying = dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "verifying", message: "Checking." }));
    expect(verifying.update.componentChanges).toEqual([]);

    const completed = dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "completed", message: "All done." }));
    expect(completed.maintenance).toMatchObject({ status: "completed", completedAt: completed.update.displayAt });
    expect(await statusOf("frontend")).toBe("degraded_performance");
    expect(await statusOf("real-time-updates")).toBe("operational");
    const restored = await prisma.componentStatusChange.findMany({
      where: { maintenanceId: maintenance.id, status: { not: "under_maintenance" } },
    });
    expect(restored.map((h) => [h.componentId, h.status, h.cause]).sort()).toEqual(
      [
        [frontend, "degraded_performance", "maintenance"],
        [sse, "operational", "maintenance"],
      ].sort(),
    );

    const audits = await prisma.auditLog.findMany({ where: { action: "maintenance.update.create", entityId: maintenance.id } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorLabel === "alice@example.com")).toBe(true);
    dataOf(await setComponentStatus(alice, "frontend", { status: "operational" }));
  });

  it("once underway it can't be edited or go back to scheduled, and once completed it takes no more updates", async () => {
    const { maintenance } = await schedule({ noComponents: true });
    dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "in_progress", message: "Go." }));
    expect(await editMaintenance({ actor: alice }, maintenance.id, { name: "Late edit", ...window, noComponents: true })).toMatchObject({
      ok: false,
      error: { code: "invalid_transition" },
    });
    expect(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "scheduled", message: "Back?" })).toMatchObject({
      ok: false,
      error: { code: "invalid_transition" },
    });
    dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "completed", message: "Done." }));
    const before = await counts();
    expect(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "completed", message: "Again." })).toEqual({
      ok: false,
      error: { code: "invalid_transition", message: "This maintenance has completed; schedule new maintenance instead" },
    });
    expect(await addMaintenanceUpdate({ actor: alice }, "missing", { status: "completed", message: "?" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await counts()).toEqual(before);
  });

  it("a component an incident changed during the maintenance keeps that status when it completes", async () => {
    const xero = await componentId("xero");
    const { maintenance } = await schedule({ componentIds: [xero] });
    dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "in_progress", message: "Go." }));
    const { incident } = dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Xero sync failing",
          impact: "major",
          message: "Broken.",
          componentStatuses: [{ componentId: xero, status: "major_outage" }],
        },
      ),
    );
    const completed = dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "completed", message: "Done." }));
    expect(completed.update.componentChanges).toEqual([]);
    expect(await statusOf("xero")).toBe("major_outage");
    dataOf(await resolveIncident({ actor: alice }, incident.id, { message: "Fixed." }));
  });

  it("a component under two maintenances stays under maintenance until both complete", async () => {
    const shopify = await componentId("shopify");
    const first = (await schedule({ componentIds: [shopify] })).maintenance;
    const second = (await schedule({ componentIds: [shopify] })).maintenance;
    dataOf(await addMaintenanceUpdate({ actor: alice }, first.id, { status: "in_progress", message: "Go." }));
    expect(
      dataOf(await addMaintenanceUpdate({ actor: alice }, second.id, { status: "in_progress", message: "Go." })).update.componentChanges,
    ).toEqual([]);

    dataOf(await addMaintenanceUpdate({ actor: alice }, first.id, { status: "completed", message: "Done." }));
    expect(await statusOf("shopify")).toBe("under_maintenance");
    dataOf(await addMaintenanceUpdate({ actor: alice }, second.id, { status: "completed", message: "Done." }));
    expect(await statusOf("shopify")).toBe("operational");
  });

  it("completing maintenance that never started calls it off without touching its components", async () => {
    const amazon = await componentId("amazon");
    const { maintenance } = await schedule({ componentIds: [amazon] });
    const completed = dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status: "completed", message: "Called off." }));
    expect(completed.maintenance).toMatchObject({ status: "completed", startedAt: null });
    expect(completed.update.componentChanges).toEqual([]);
    expect(await statusOf("amazon")).toBe("operational");
  });
});
