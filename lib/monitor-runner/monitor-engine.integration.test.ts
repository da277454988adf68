import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearManualStatus } from "@/lib/components/clear-manual-status";
import { setComponentStatus } from "@/lib/components/set-status";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { resolveQuietIncidents } from "./resolve-quiet-incidents";
import { checkNow, createComponent, createHttpMonitor, handDrivenScheduler, openMigratedDatabase } from "./test-fixtures";
import { type HealthServer, startHealthServer } from "./test-health-server";

describe.each(DATABASE_KINDS)("monitors turning failures into incidents on %s", (kind) => {
  let db: Database;
  let prisma: PrismaClient;
  let dispose: () => Promise<void>;
  let server: HealthServer;
  const scheduler = () => handDrivenScheduler(prisma);

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    prisma = db.prisma;
    server = await startHealthServer();
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });
  beforeEach(async () => {
    server.mode = "ok";
    await prisma.incident.deleteMany();
    await prisma.component.deleteMany();
  });

  const openIncidents = () =>
    prisma.incident.findMany({
      where: { status: { notIn: ["resolved", "postmortem"] } },
      include: { updates: { orderBy: { displayAt: "asc" } }, components: true },
    });

  it("goes down after 3 failures, opens one incident with the error, posts monitoring on recovery and resolves after the quiet period", async () => {
    const api = await createComponent(prisma, "Backend API");
    const monitor = await createHttpMonitor(prisma, api.id, server.url);
    const run = scheduler();
    await checkNow(prisma, run, monitor.id);
    expect(await prisma.monitor.findUniqueOrThrow({ where: { id: monitor.id } })).toMatchObject({ state: "up" });

    server.mode = "bad-gateway";
    await checkNow(prisma, run, monitor.id);
    await checkNow(prisma, run, monitor.id);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("operational");
    expect(await openIncidents()).toHaveLength(0);

    await checkNow(prisma, run, monitor.id);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("major_outage");
    const [incident] = await openIncidents();
    const firstFailed = await prisma.monitorCheck.findFirstOrThrow({
      where: { monitorId: monitor.id, ok: false },
      orderBy: { startedAt: "asc" },
    });
    expect(incident).toMatchObject({
      name: "Backend API is failing health checks: 502 Bad Gateway",
      status: "investigating",
      impact: "major",
      monitorManaged: true,
      firstFailedCheckAt: firstFailed.startedAt,
    });
    expect(incident.updates[0].body).toContain("502 Bad Gateway");
    expect(incident.components.map((c) => c.componentId)).toEqual([api.id]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "incident.create", entityId: incident.id } });
    expect(audit).toMatchObject({ actorType: "system", actorLabel: "Beacon monitors" });

    server.mode = "ok";
    await checkNow(prisma, run, monitor.id);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("investigating");
    await checkNow(prisma, run, monitor.id);
    const recovering = await prisma.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { updates: true } });
    expect(recovering.status).toBe("monitoring");
    expect(recovering.updates.map((u) => u.body)).toContainEqual(expect.stringContaining("passing health checks again"));
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("operational");

    expect(await resolveQuietIncidents(prisma, new Date(), 300)).toBeNull();
    expect(await resolveQuietIncidents(prisma, new Date(Date.now() + 301_000), 300)).toBe(incident.id);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("resolved");
  });

  it("two components failing at once share one incident", async () => {
    const api = await createComponent(prisma, "Backend API");
    const web = await createComponent(prisma, "Website");
    const monitors = [
      await createHttpMonitor(prisma, api.id, server.url, { failureThreshold: 1 }),
      await createHttpMonitor(prisma, web.id, server.url, { failureThreshold: 1 }),
    ];
    server.mode = "bad-gateway";
    await checkNow(prisma, scheduler(), ...monitors.map((m) => m.id));
    const open = await openIncidents();
    expect(open).toHaveLength(1);
    expect(open[0].components.map((c) => c.componentId).sort()).toEqual([api.id, web.id].sort());
    expect(open[0].updates).toHaveLength(2);
  });

  it("a hanging target fails at its timeout, and a slow one degrades the component", async () => {
    const api = await createComponent(prisma, "Backend API");
    const monitor = await createHttpMonitor(prisma, api.id, server.url, { failureThreshold: 1, timeoutMs: 300 });
    server.mode = "hang";
    await checkNow(prisma, scheduler(), monitor.id);
    expect(await prisma.monitorCheck.findFirstOrThrow({ where: { monitorId: monitor.id } })).toMatchObject({
      ok: false,
      error: "Timed out after 300 ms",
    });

    const web = await createComponent(prisma, "Website", { autoIncidents: false });
    const slow = await createHttpMonitor(prisma, web.id, server.url, { failureThreshold: 1, degradedThresholdMs: 100 });
    server.mode = "slow";
    server.slowMs = 200;
    await checkNow(prisma, scheduler(), slow.id);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: web.id } })).status).toBe("degraded_performance");
    expect(await prisma.componentStatusChange.findFirst({ where: { componentId: web.id } })).toMatchObject({ cause: "monitor" });
    expect(await prisma.incidentComponent.count({ where: { componentId: web.id } })).toBe(0);
  });

  it("an admin's manual status wins over monitors until it is cleared", async () => {
    provideDatabase(db);
    const admin = { type: "user" as const, id: "u1", label: "ops@example.com" };
    const api = await createComponent(prisma, "Backend API");
    expect(await setComponentStatus(admin, api.slug, { status: "partial_outage" })).toMatchObject({
      ok: true,
      data: { component: { manualStatus: true } },
    });
    const monitor = await createHttpMonitor(prisma, api.id, server.url, { failureThreshold: 1 });
    server.mode = "bad-gateway";
    await checkNow(prisma, scheduler(), monitor.id);
    expect(await prisma.component.findUniqueOrThrow({ where: { id: api.id } })).toMatchObject({ status: "partial_outage" });
    expect(await openIncidents()).toHaveLength(0);

    const cleared = await clearManualStatus(admin, api.slug);
    expect(cleared).toMatchObject({ ok: true, data: { manualStatus: false, status: "major_outage" } });
  });

  it("once an admin posts to the incident, monitors stop writing to it", async () => {
    const { addIncidentUpdate } = await import("@/lib/incidents/add-update");
    const api = await createComponent(prisma, "Backend API");
    const monitor = await createHttpMonitor(prisma, api.id, server.url, { failureThreshold: 1, recoveryThreshold: 1 });
    const run = scheduler();
    server.mode = "bad-gateway";
    await checkNow(prisma, run, monitor.id);
    const [incident] = await openIncidents();
    const admin = { type: "user" as const, id: "u1", label: "ops@example.com" };
    const input = {
      status: "identified" as const,
      message: "A bad deploy; rolling back.",
      componentStatuses: [],
      deliverNotifications: true,
    };
    await prisma.$transaction((tx) => addIncidentUpdate({ actor: admin, db: tx }, incident.id, input));
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).monitorManaged).toBe(false);

    server.mode = "ok";
    await checkNow(prisma, run, monitor.id);
    const after = await prisma.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { updates: true } });
    expect(after).toMatchObject({ status: "identified" });
    expect(after.updates).toHaveLength(2);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("operational");
  });
});
