import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/database";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { claimDueMonitors } from "./claim-due-monitors";
import { createMonitorScheduler } from "./monitor-scheduler";
import { createComponent, createHttpMonitor, makeDue, openMigratedDatabase } from "./test-fixtures";
import { type HealthServer, startHealthServer } from "./test-health-server";

// Shutdown: the scheduler stops claiming, lets the checks in flight be recorded within the grace period, and hands
// the rest back, so another instance runs them at once instead of an interval later.
describe.each(DATABASE_KINDS)("stopping the monitor scheduler on %s", (kind) => {
  let server: HealthServer;
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    server = await startHealthServer();
    ({ db, dispose } = await openMigratedDatabase(kind));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });
  beforeEach(() => {
    server.mode = "ok";
  });

  /** A scheduler (never started: driven by hand) whose one due check has reached the target. */
  async function checking(shutdownGraceMs: number) {
    const component = await createComponent(db.prisma, `API ${Math.random().toString(36).slice(2, 8)}`);
    const monitor = await createHttpMonitor(db.prisma, component.id, server.url, { intervalSeconds: 300, timeoutMs: 1_500 });
    await makeDue(db.prisma, monitor.id);
    const dueAt = (await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitor.id } })).nextCheckAt;
    const scheduler = createMonitorScheduler({
      prisma: async () => db.prisma,
      policy: { allowPrivateNetworks: true },
      quietPeriodSeconds: 300,
      rawRetentionDays: 30,
      shutdownGraceMs,
      log: () => undefined,
    });
    const before = server.requests;
    await scheduler.tick();
    await expect.poll(() => server.requests - before, { timeout: 5_000, interval: 20 }).toBe(1);
    return { scheduler, monitorId: monitor.id, dueAt };
  }

  it("a check still running when the grace period ends is handed back: due again at once, and never recorded", async () => {
    server.mode = "hang";
    const { scheduler, monitorId, dueAt } = await checking(200);
    await scheduler.stop();

    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } })).nextCheckAt).toEqual(dueAt);
    const claimed = await claimDueMonitors(db.prisma, new Date(), 10);
    expect(claimed).toEqual([expect.objectContaining({ id: monitorId, dueAt })]);
    await scheduler.idle(); // the abandoned check times out here, and must not record what another process now runs
    expect(await db.prisma.monitorCheck.count({ where: { monitorId } })).toBe(0);
  });

  it("a check that answers within the grace period is recorded before the scheduler has stopped", async () => {
    server.mode = "slow";
    server.slowMs = 300;
    const { scheduler, monitorId, dueAt } = await checking(5_000);
    await scheduler.stop();

    expect(await db.prisma.monitorCheck.findMany({ where: { monitorId } })).toEqual([expect.objectContaining({ ok: true, dueAt })]);
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } })).nextCheckAt.getTime()).toBeGreaterThan(Date.now());
  });
});
