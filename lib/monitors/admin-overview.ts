import "server-only";
import { getComponentLayout } from "@/lib/components/admin-layout";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { last24hTotals } from "./check-totals";
import { type MonitorView, toMonitorView } from "./monitor-view";
import { checksUptimePercent } from "./rollup-uptime";

// The monitors admin page: every component in page order with its monitoring settings and monitors.

export interface LastCheck {
  startedAt: Date;
  ok: boolean;
  responseTimeMs: number | null;
  statusCode: number | null;
  error: string | null;
}
export interface MonitorOverview {
  monitor: MonitorView;
  lastCheck: LastCheck | null;
  uptime24h: number | null;
}
export interface ComponentMonitoring {
  id: string;
  name: string;
  status: ComponentStatus;
  autoIncidents: boolean;
  manualStatus: boolean;
  monitors: MonitorOverview[];
}

/** Every component (or those `onPages` picks: a limited editor's) with its monitors. */
export async function getMonitoringOverview(now = new Date(), onPages?: Prisma.ComponentWhereInput): Promise<ComponentMonitoring[]> {
  const prisma = await getPrisma();
  const [layout, components, monitors, lastChecks, uptime] = await Promise.all([
    getComponentLayout(onPages),
    prisma.component.findMany({ select: { id: true, autoIncidents: true, manualStatus: true } }),
    prisma.monitor.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] }),
    // The newest result of each monitor, one index probe each (deploy signals are not results).
    prisma.$queryRaw<(LastCheck & { monitorId: string })[]>`
      SELECT c."monitorId", c."startedAt", c.ok, c."responseTimeMs", c."statusCode", c.error
        FROM "Monitor" m CROSS JOIN LATERAL (
          SELECT * FROM "MonitorCheck" WHERE "monitorId" = m.id AND note IS NULL ORDER BY "startedAt" DESC LIMIT 1) c`,
    last24hTotals(prisma, "monitor", now),
  ]);
  const settings = new Map(components.map((c) => [c.id, c]));
  const lastByMonitor = new Map(lastChecks.map(({ monitorId, ...check }) => [monitorId, check]));
  const ordered = layout.flatMap((entry) => (entry.kind === "group" ? entry.group.components : [entry.component]));
  return ordered.map((component) => ({
    id: component.id,
    name: component.name,
    status: component.status,
    autoIncidents: settings.get(component.id)?.autoIncidents ?? true,
    manualStatus: settings.get(component.id)?.manualStatus ?? false,
    monitors: monitors
      .filter((m) => m.componentId === component.id)
      .map((m) => ({
        monitor: toMonitorView(m),
        lastCheck: lastByMonitor.get(m.id) ?? null,
        uptime24h: checksUptimePercent(uptime.get(m.id) ?? { checks: 0, failures: 0 }),
      })),
  }));
}

export interface MonitorDetail extends MonitorOverview {
  componentName: string;
  recentChecks: (LastCheck & { id: string; dueAt: Date; note: string | null })[];
}

/** One monitor with its 50 newest checks (deploy signals included, marked by their note). */
export async function getMonitorDetail(monitorId: string, now = new Date()): Promise<MonitorDetail | null> {
  const prisma = await getPrisma();
  const row = await prisma.monitor.findUnique({ where: { id: monitorId }, include: { component: { select: { name: true } } } });
  if (!row) return null;
  const [recentChecks, uptime] = await Promise.all([
    prisma.monitorCheck.findMany({ where: { monitorId }, orderBy: { startedAt: "desc" }, take: 50 }),
    last24hTotals(prisma, "monitor", now),
  ]);
  const { component, ...monitor } = row;
  return {
    monitor: toMonitorView(monitor),
    componentName: component.name,
    lastCheck: recentChecks.find((check) => check.note === null) ?? null,
    uptime24h: checksUptimePercent(uptime.get(monitorId) ?? { checks: 0, failures: 0 }),
    recentChecks,
  };
}
