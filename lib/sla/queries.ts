import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSlaReport, monthsEndingAt, type SlaReport } from "./monthly-uptime";

/** The SLA report as of `now`, from the hourly monitor rollups, maintenance windows and status history. */
export async function getSlaReport(now = new Date()): Promise<SlaReport> {
  return readSlaReport(await getPrisma(), now);
}

/** The same report read through `db`: the public model reads it inside its own snapshot transaction. */
export async function readSlaReport(prisma: Prisma.TransactionClient, now: Date): Promise<SlaReport> {
  const since = monthsEndingAt(now)[0].from;
  const [components, rollups, maintenances] = await Promise.all([
    prisma.component.findMany({
      orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { name: "asc" }],
      include: {
        _count: { select: { monitors: true } },
        statusChanges: { where: { changedAt: { lt: now } }, select: { status: true, changedAt: true } },
      },
    }),
    prisma.monitorRollup.findMany({
      where: { granularity: "hour", periodStart: { gte: since, lt: now } },
      select: { periodStart: true, checks: true, failures: true, monitor: { select: { componentId: true } } },
    }),
    prisma.scheduledMaintenance.findMany({
      where: { startedAt: { not: null, lt: now }, OR: [{ completedAt: null }, { completedAt: { gte: since } }] },
      select: { startedAt: true, completedAt: true, components: { select: { componentId: true } } },
    }),
  ]);
  return buildSlaReport({
    now,
    components: components.map((c) => ({
      id: c.id,
      name: c.name,
      startDate: c.startDate,
      hasMonitors: c._count.monitors > 0,
      changes: c.statusChanges,
    })),
    rollups: rollups.map((r) => ({
      componentId: r.monitor.componentId,
      periodStart: r.periodStart,
      checks: r.checks,
      failures: r.failures,
    })),
    maintenance: maintenances.map((m) => ({
      componentIds: m.components.map((c) => c.componentId),
      from: m.startedAt as Date,
      to: m.completedAt ?? now,
    })),
  });
}
