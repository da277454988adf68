import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { getMonitorDetail, getMonitoringOverview } from "./admin-overview";
import { createMonitor } from "./create";
import { deleteMonitor } from "./delete";
import { hashHeartbeatToken } from "./heartbeat-token";
import { setAutoIncidents } from "./set-auto-incidents";
import { setMonitorEnabled } from "./set-enabled";
import { updateMonitor } from "./update";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: "user-alice", label: "alice@example.com" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("monitor mutations on %s", (kind) => {
  let dispose: () => Promise<void>;
  let componentId: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    componentId = (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "backend-api" } })).id;
  });
  afterAll(() => dispose());

  const lastAudit = async (action: string, entityId: string) =>
    (await getPrisma()).auditLog.findFirstOrThrow({ where: { action, entityId }, orderBy: { createdAt: "desc" } });
  const httpMonitor = () => ({
    componentId,
    name: "Health endpoint",
    kind: "http",
    url: "https://api.example.com/health",
    intervalSeconds: 30,
    timeoutMs: 5000,
  });

  it("creating an HTTP monitor makes it due at once and records who added it", async () => {
    const { monitor, heartbeatPath } = dataOf(await createMonitor(alice, httpMonitor(), now));
    expect(heartbeatPath).toBeNull();
    expect(monitor).toMatchObject({
      componentId,
      kind: "http",
      state: "unknown",
      enabled: true,
      intervalSeconds: 30,
      expectedStatusCodes: "200-299",
    });
    expect(monitor.nextCheckAt).toEqual(now);
    expect(monitor).not.toHaveProperty("heartbeatTokenHash");
    const audit = await lastAudit("monitor.create", monitor.id);
    expect(audit).toMatchObject({ actorType: "user", actorLabel: "alice@example.com", entityType: "monitor", before: null });
    expect(audit.after).toMatchObject({ name: "Health endpoint", url: "https://api.example.com/health" });
  });

  it("creating a heartbeat monitor returns its push path once and stores only the token's hash", async () => {
    const { monitor, heartbeatPath } = dataOf(
      await createMonitor(alice, { componentId, name: "Nightly backup", kind: "heartbeat", intervalSeconds: 3600, timeoutMs: 60_000 }, now),
    );
    expect(heartbeatPath).toMatch(/^\/api\/heartbeat\/hb_[A-Za-z0-9_-]{32}$/);
    const token = heartbeatPath!.split("/").pop()!;
    const row = await (await getPrisma()).monitor.findUniqueOrThrow({ where: { id: monitor.id } });
    expect(row.heartbeatTokenHash).toBe(hashHeartbeatToken(token));
    // Waits one interval plus the grace for the first push instead of counting it missed at once.
    expect(row.nextCheckAt).toEqual(new Date(now.getTime() + 3600_000 + 60_000));
    expect(JSON.stringify((await lastAudit("monitor.create", monitor.id)).after)).not.toContain(token);
  });

  it("creating refuses bad fields with messages naming them, and an unknown component", async () => {
    const bad = await createMonitor(alice, { componentId, name: "", kind: "http", url: "ftp://x", intervalSeconds: 5 });
    expect(!bad.ok && bad.error).toMatchObject({ code: "validation" });
    expect(!bad.ok && Object.keys(bad.error.fields!).sort()).toEqual(["intervalSeconds", "name", "url"]);
    const orphan = await createMonitor(alice, { ...httpMonitor(), componentId: "no-such-component" });
    expect(!orphan.ok && orphan.error).toMatchObject({ code: "validation", fields: { componentId: ["componentId names no component"] } });
  });

  it("updating checks the monitor as a whole, keeps its kind, and makes it due at once", async () => {
    const { monitor } = dataOf(await createMonitor(alice, httpMonitor(), now));
    const tooShort = await updateMonitor(alice, monitor.id, { intervalSeconds: 10, timeoutMs: 10_000 });
    expect(!tooShort.ok && tooShort.error.fields).toEqual({ timeoutMs: ["timeoutMs must be shorter than the interval (10 s = 10000 ms)"] });
    const kindChange = await updateMonitor(alice, monitor.id, { kind: "tcp" });
    expect(!kindChange.ok && kindChange.error.fields).toHaveProperty("kind");

    const later = new Date(now.getTime() + 60_000);
    const updated = dataOf(await updateMonitor(alice, monitor.id, { name: "Health (v2)", expectedStatusCodes: "200-299,301" }, later));
    expect(updated).toMatchObject({
      name: "Health (v2)",
      expectedStatusCodes: "200-299,301",
      url: "https://api.example.com/health",
      intervalSeconds: 30,
    });
    expect(updated.nextCheckAt).toEqual(later);
    const audit = await lastAudit("monitor.update", monitor.id);
    expect(audit.before).toMatchObject({ name: "Health endpoint" });
    expect(audit.after).toMatchObject({ name: "Health (v2)" });
    expect((await updateMonitor(alice, "no-such-monitor", { name: "x" })).ok).toBe(false);
  });

  it("pausing stops a monitor and resuming makes it due at once, each audited", async () => {
    const { monitor } = dataOf(await createMonitor(alice, httpMonitor(), now));
    expect(dataOf(await setMonitorEnabled(alice, monitor.id, false, now)).enabled).toBe(false);
    expect(await lastAudit("monitor.pause", monitor.id)).toMatchObject({ actorLabel: "alice@example.com" });
    const later = new Date(now.getTime() + 3_600_000);
    const resumed = dataOf(await setMonitorEnabled(alice, monitor.id, true, later));
    expect(resumed).toMatchObject({ enabled: true, nextCheckAt: later });
    expect(await lastAudit("monitor.resume", monitor.id)).toMatchObject({ entityType: "monitor" });
  });

  it("deleting removes the monitor and its checks, and is audited with the monitor as it was", async () => {
    const prisma = await getPrisma();
    const { monitor } = dataOf(await createMonitor(alice, httpMonitor(), now));
    await prisma.monitorCheck.create({ data: { monitorId: monitor.id, dueAt: now, startedAt: now, ok: true, responseTimeMs: 80 } });
    dataOf(await deleteMonitor(alice, monitor.id));
    expect(await prisma.monitor.findUnique({ where: { id: monitor.id } })).toBeNull();
    expect(await prisma.monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(0);
    expect(await lastAudit("monitor.delete", monitor.id)).toMatchObject({
      after: null,
      before: expect.objectContaining({ name: "Health endpoint" }),
    });
    expect(!(await deleteMonitor(alice, monitor.id)).ok).toBe(true);
  });

  it("turning auto incidents off for a component is stored and audited", async () => {
    const after = dataOf(await setAutoIncidents(alice, componentId, { autoIncidents: false }));
    expect(after.autoIncidents).toBe(false);
    expect((await lastAudit("component.auto_incidents", componentId)).before).toMatchObject({ autoIncidents: true });
    dataOf(await setAutoIncidents(alice, componentId, { autoIncidents: true }));
    const bad = await setAutoIncidents(alice, componentId, { autoIncidents: "yes" });
    expect(!bad.ok && bad.error.fields).toEqual({ autoIncidents: ["autoIncidents must be true or false"] });
  });

  it("the admin overview lists each component's monitors with the last result and the 24 h uptime", async () => {
    const prisma = await getPrisma();
    const { monitor } = dataOf(await createMonitor(alice, { ...httpMonitor(), name: "Overview probe" }, now));
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    await prisma.monitorCheck.createMany({
      data: [
        { monitorId: monitor.id, dueAt: at(0), startedAt: at(0), ok: true, responseTimeMs: 80, statusCode: 200 },
        { monitorId: monitor.id, dueAt: at(30), startedAt: at(30), ok: false, statusCode: 502, error: "HTTP 502" },
      ],
    });
    const later = at(60);
    const backend = (await getMonitoringOverview(later)).find((c) => c.id === componentId)!;
    const row = backend.monitors.find((m) => m.monitor.id === monitor.id)!;
    expect(row.lastCheck).toMatchObject({ ok: false, statusCode: 502, error: "HTTP 502" });
    expect(row.lastCheck!.startedAt).toEqual(at(30));
    expect(row.uptime24h).toBe(50);
    const detail = (await getMonitorDetail(monitor.id, later))!;
    expect(detail.recentChecks.map((c) => c.ok)).toEqual([false, true]);
    expect(detail.componentName).toBe("Backend API");
  });
});
