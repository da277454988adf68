// Components, monitors and a hand-driven scheduler for the monitor runner's integration tests.
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createMonitorScheduler, type MonitorScheduler } from "@/lib/monitor-runner/monitor-scheduler";
import { type DatabaseKind, openEmptyDatabase } from "@/lib/testing/databases";

export async function openMigratedDatabase(kind: DatabaseKind): Promise<{ db: Database; dispose: () => Promise<void> }> {
  const opened = await openEmptyDatabase(kind);
  await migrateDatabase(opened.db);
  return opened;
}

export async function createComponent(prisma: PrismaClient, name: string, extra: Partial<Prisma.ComponentCreateInput> = {}) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return prisma.component.create({ data: { name, slug, startDate: new Date("2026-01-01T00:00:00Z"), ...extra } });
}

export async function createHttpMonitor(
  prisma: PrismaClient,
  componentId: string,
  url: string,
  extra: Partial<Prisma.MonitorUncheckedCreateInput> = {},
) {
  return prisma.monitor.create({
    data: { componentId, name: "Health endpoint", kind: "http", url, timeoutMs: 500, nextCheckAt: new Date(), ...extra },
  });
}

/** Makes the monitors due now, so the next tick claims them. */
export async function makeDue(prisma: PrismaClient, ...monitorIds: string[]) {
  await prisma.monitor.updateMany({ where: { id: { in: monitorIds } }, data: { nextCheckAt: new Date(Date.now() - 1) } });
}

/** A scheduler on `prisma` that the test drives tick by tick (private targets allowed: the test server is local). */
export function handDrivenScheduler(prisma: PrismaClient, quietPeriodSeconds = 300): MonitorScheduler {
  return createMonitorScheduler({
    prisma: async () => prisma,
    policy: { allowPrivateNetworks: true },
    quietPeriodSeconds,
    rawRetentionDays: 30,
    log: () => undefined,
  });
}

/** Makes the monitors due, claims them and waits until their checks are recorded. */
export async function checkNow(prisma: PrismaClient, scheduler: MonitorScheduler, ...monitorIds: string[]) {
  await makeDue(prisma, ...monitorIds);
  await scheduler.tick();
  await scheduler.idle();
}
