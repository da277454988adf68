import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { openPostgres } from "@/lib/db/open-postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPostgresDatabase, DATABASE_KINDS } from "@/lib/testing/databases";
import { type HealthServer, startHealthServer } from "@/lib/testing/health-server";
import { createComponent, createHttpMonitor, openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { createMonitorScheduler, type MonitorScheduler } from "./monitor-scheduler";

const RUN_MS = 3_300;

function runningScheduler(prisma: PrismaClient, maxConcurrentChecks = 32): MonitorScheduler {
  const scheduler = createMonitorScheduler({
    prisma: async () => prisma,
    policy: { allowPrivateNetworks: true },
    quietPeriodSeconds: 300,
    rawRetentionDays: 30,
    housekeepingMs: 60_000,
    maxConcurrentChecks,
    log: () => undefined,
  });
  scheduler.start();
  return scheduler;
}

/** Monitors checked every second from just after now; returns their ids and first due time. */
async function everySecondMonitors(prisma: PrismaClient, url: string, count: number) {
  const component = await createComponent(prisma, `API ${Math.random().toString(36).slice(2, 8)}`);
  const firstDue = new Date(Date.now() + 300);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await createHttpMonitor(prisma, component.id, url, { intervalSeconds: 1, nextCheckAt: firstDue })).id);
  }
  return { ids, firstDue };
}

/** Each monitor's checks: one per due second, in order, none twice, each started within a second of its due time. */
async function expectOnTimeAndOnce(prisma: PrismaClient, ids: string[], firstDue: Date) {
  for (const monitorId of ids) {
    const checks = await prisma.monitorCheck.findMany({ where: { monitorId }, orderBy: { dueAt: "asc" } });
    const dueTimes = checks.map((c) => c.dueAt.getTime() - firstDue.getTime());
    expect(dueTimes).toEqual(Array.from({ length: dueTimes.length }, (_, i) => i * 1000));
    expect(checks.length).toBeGreaterThanOrEqual(3);
    const drifts = checks.map((c) => c.startedAt.getTime() - c.dueAt.getTime());
    expect(Math.max(...drifts), `drifts ${drifts.join(", ")} ms`).toBeLessThan(1_000);
  }
}

describe("monitor scheduling", () => {
  let server: HealthServer;
  beforeAll(async () => void (server = await startHealthServer()));
  afterAll(() => server.close());

  describe.each(DATABASE_KINDS)("one process on %s", (kind) => {
    let db: Database;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ db, dispose } = await openMigratedDatabase(kind)));
    afterAll(() => dispose());

    it("runs every check once per interval, each under a second after it was due", async () => {
      const { ids, firstDue } = await everySecondMonitors(db.prisma, server.url, 3);
      const scheduler = runningScheduler(db.prisma);
      await new Promise((resolve) => setTimeout(resolve, RUN_MS));
      await scheduler.stop();
      await expectOnTimeAndOnce(db.prisma, ids, firstDue);
    });
  });

  describe("two processes on one Postgres", () => {
    let instances: Database[];
    let drop: () => Promise<unknown>;
    beforeAll(async () => {
      const created = await createPostgresDatabase();
      drop = created.drop;
      const open = () => openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
      instances = [open(), open()];
      await migrateDatabase(instances[0]);
    });
    afterAll(async () => {
      for (const db of instances) await db.close();
      await drop();
    });

    it("runs each check exactly once between them", async () => {
      const { ids, firstDue } = await everySecondMonitors(instances[0].prisma, server.url, 6);
      const before = server.requests;
      // Four checks at a time each, so six monitors due together are shared between the processes.
      const schedulers = instances.map((db) => runningScheduler(db.prisma, 4));
      await new Promise((resolve) => setTimeout(resolve, RUN_MS));
      await Promise.all(schedulers.map((s) => s.stop()));
      await expectOnTimeAndOnce(instances[0].prisma, ids, firstDue);
      expect(schedulers.every((s) => s.checksClaimed > 0)).toBe(true);
      // Every recorded check was one request to the target: none ran twice and went unrecorded.
      expect(server.requests - before).toBe(await instances[0].prisma.monitorCheck.count({ where: { monitorId: { in: ids } } }));
    });
  });
});
