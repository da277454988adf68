import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { advanceDueMaintenances, COMPLETED_MESSAGE, STARTED_MESSAGE } from "./advance";
import { createMaintenance } from "./create";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: null, label: "alice@example.com" };
const at = (iso: string) => new Date(iso);

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

// Each test has its own day and its own components, and ends with its maintenance completed, so the next
// test's advance finds only its own maintenance due.
describe.each(DATABASE_KINDS)("automatic maintenance on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    await (await getPrisma()).scheduledMaintenance.deleteMany(); // the demo's own maintenance would fall due too
  });
  afterAll(() => dispose());

  async function componentId(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  }
  async function statusOf(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).status;
  }
  /** A status set before the window, recorded in the history as a person would. */
  async function setStatusAt(slug: string, status: ComponentStatus, changedAt: Date) {
    const prisma = await getPrisma();
    const component = await prisma.component.update({ where: { slug }, data: { status } });
    await prisma.componentStatusChange.create({ data: { componentId: component.id, status, changedAt, cause: "manual" } });
  }
  async function schedule(slugs: string[], window: { scheduledFor: string; scheduledUntil: string }, extra: Record<string, unknown> = {}) {
    const componentIds = await Promise.all(slugs.map(componentId));
    return dataOf(
      await createMaintenance(
        { actor: alice, now },
        { name: "Database migration", message: "Moving the database.", componentIds, ...window, ...extra },
      ),
    ).maintenance;
  }
  async function updatesOf(maintenanceId: string) {
    return (await getPrisma()).maintenanceUpdate.findMany({ where: { maintenanceId }, orderBy: { displayAt: "asc" } });
  }

  it("at scheduledFor it starts: components go under maintenance and the page says Service Under Maintenance", async () => {
    const prisma = await getPrisma();
    const window = { scheduledFor: "2026-11-25T22:00:00Z", scheduledUntil: "2026-11-26T00:00:00Z" };
    const m = await schedule(["backend-api", "mcp-server"], window);

    expect(await advanceDueMaintenances(at("2026-11-25T21:59:59.999Z"))).toEqual({ added: [], started: [], completed: [], failed: [] });
    const start = at(window.scheduledFor);
    const advance = await advanceDueMaintenances(start);
    expect(advance.started.map((s) => s.id)).toEqual([m.id]);
    expect(advance.started[0].componentChanges).toHaveLength(2);
    expect(advance.completed).toEqual([]);

    expect(await statusOf("backend-api")).toBe("under_maintenance");
    expect(await statusOf("mcp-server")).toBe("under_maintenance");
    const history = await prisma.componentStatusChange.findMany({ where: { maintenanceId: m.id } });
    expect(history).toHaveLength(2);
    expect(
      history.every((h) => h.cause === "maintenance" && h.status === "under_maintenance" && h.changedAt.getTime() === start.getTime()),
    ).toBe(true);
    expect(await prisma.scheduledMaintenance.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: "in_progress",
      startedAt: start,
    });
    expect((await updatesOf(m.id)).at(-1)).toMatchObject({ status: "in_progress", body: STARTED_MESSAGE, displayAt: start });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "maintenance.update.create", entityId: m.id } });
    expect(audit).toMatchObject({ actorType: "system", actorId: null, actorLabel: "Beacon maintenance scheduler" });

    const view = await getStatusPage(start);
    expect(view.activeMaintenances.map((a) => a.name)).toEqual(["Database migration"]);
    expect(view.activeMaintenances[0]).toMatchObject({ status: "in_progress", componentNames: ["Backend API", "MCP Server"] });
    expect(view.overall).toEqual({ indicator: "maintenance", description: "Service Under Maintenance" });

    await advanceDueMaintenances(at(window.scheduledUntil));
  });

  it("at scheduledUntil it completes and the components return to the status they had before", async () => {
    const window = { scheduledFor: "2026-11-26T22:00:00Z", scheduledUntil: "2026-11-27T00:00:00Z" };
    await setStatusAt("frontend", "degraded_performance", at("2026-11-26T10:00:00Z"));
    const m = await schedule(["frontend", "real-time-updates"], window);
    await advanceDueMaintenances(at(window.scheduledFor));
    expect((await advanceDueMaintenances(at("2026-11-26T23:59:59.999Z"))).completed).toEqual([]);

    const end = at(window.scheduledUntil);
    const advance = await advanceDueMaintenances(end);
    expect(advance.completed.map((c) => c.id)).toEqual([m.id]);
    expect(await statusOf("frontend")).toBe("degraded_performance");
    expect(await statusOf("real-time-updates")).toBe("operational");
    const prisma = await getPrisma();
    expect(await prisma.scheduledMaintenance.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: "completed",
      completedAt: end,
    });
    expect((await updatesOf(m.id)).map((u) => [u.status, u.body])).toEqual([
      ["scheduled", "Moving the database."],
      ["in_progress", STARTED_MESSAGE],
      ["completed", COMPLETED_MESSAGE],
    ]);
    const restored = await prisma.componentStatusChange.findMany({ where: { maintenanceId: m.id, changedAt: end } });
    expect(restored.map((h) => h.status).sort()).toEqual(["degraded_performance", "operational"]);

    const view = await getStatusPage(end);
    expect(view.activeMaintenances).toEqual([]);
    expect(view.overall.indicator).toBe("minor");
    await setStatusAt("frontend", "operational", end);
  });

  it("two schedulers advancing at once post the in-progress update exactly once", { timeout: 60_000 }, async () => {
    const window = { scheduledFor: "2026-11-27T08:00:00Z", scheduledUntil: "2026-11-27T09:00:00Z" };
    const m = await schedule(["xero", "shopify"], window);
    const prisma = await getPrisma();

    const starts = await Promise.all([advanceDueMaintenances(at(window.scheduledFor)), advanceDueMaintenances(at(window.scheduledFor))]);
    expect(starts.flatMap((s) => s.started).map((s) => s.id)).toEqual([m.id]);
    expect(starts.flatMap((s) => s.failed)).toEqual([]);
    expect(await prisma.maintenanceUpdate.count({ where: { maintenanceId: m.id, status: "in_progress" } })).toBe(1);
    expect(await prisma.componentStatusChange.count({ where: { maintenanceId: m.id } })).toBe(2);

    const ends = await Promise.all([advanceDueMaintenances(at(window.scheduledUntil)), advanceDueMaintenances(at(window.scheduledUntil))]);
    expect(ends.flatMap((e) => e.completed).map((c) => c.id)).toEqual([m.id]);
    expect(await prisma.maintenanceUpdate.count({ where: { maintenanceId: m.id, status: "completed" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: m.id, actorType: "system" } })).toBe(2);
    expect([await statusOf("xero"), await statusOf("shopify")]).toEqual(["operational", "operational"]);
  });

  it("leaves maintenance that does not start by itself for an admin to start", async () => {
    const window = { scheduledFor: "2026-11-27T12:00:00Z", scheduledUntil: "2026-11-27T13:00:00Z" };
    const m = await schedule(["amazon"], window, { autoStart: false });
    expect(await advanceDueMaintenances(at(window.scheduledUntil))).toEqual({ added: [], started: [], completed: [], failed: [] });
    expect(await statusOf("amazon")).toBe("operational");
    await (await getPrisma()).scheduledMaintenance.delete({ where: { id: m.id } });
  });

  it("completes maintenance whose whole window passed while Beacon was down, without touching its components", async () => {
    const window = { scheduledFor: "2026-11-27T14:00:00Z", scheduledUntil: "2026-11-27T15:00:00Z" };
    const m = await schedule(["unleashed"], window);
    const advance = await advanceDueMaintenances(at("2026-11-27T18:00:00Z"));
    expect(advance.started).toEqual([]);
    expect(advance.completed).toEqual([{ id: m.id, name: "Database migration", componentChanges: [] }]);
    expect(await statusOf("unleashed")).toBe("operational");
    expect((await updatesOf(m.id)).map((u) => u.body)).toEqual(["Moving the database.", COMPLETED_MESSAGE]);
  });
});
