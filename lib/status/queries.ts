import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { getPageSettings } from "@/lib/page/queries";
import { calendarDays } from "@/lib/time/days";
import { loadMonitoredUptime } from "./public-uptime";
import { type StatusPageView, statusPageFrom, UPTIME_DAYS } from "./status-page-view";
import { incidentSummaryOf, maintenanceSummaryOf } from "./summaries";

export type {
  ComponentSection,
  ComponentView,
  IncidentRef,
  IncidentSummaryView,
  MaintenanceView,
  StatusPageView,
  UpdateView,
  UptimeDayView,
} from "./status-page-view";
export { PAST_INCIDENT_DAYS, UPTIME_DAYS } from "./status-page-view";

/**
 * The status page read straight from the store, for the admin console (which must show a write at once). Public
 * routes render the same view from the public read model (lib/public-model), through the same `statusPageFrom`.
 */
export async function getStatusPage(now = new Date()): Promise<StatusPageView> {
  const prisma = await getPrisma();
  const page = await getPageSettings();
  const windowStart = calendarDays(now, UPTIME_DAYS, page.timeZone)[0].start;

  const [groups, components, changesInWindow, changesBefore, incidents, maintenances, monitored] = await Promise.all([
    prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.component.findMany({ where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.componentStatusChange.findMany({ where: { changedAt: { gte: windowStart, lte: now } } }),
    // The status each component carried into the window.
    prisma.componentStatusChange.findMany({
      where: { changedAt: { lt: windowStart } },
      orderBy: [{ componentId: "asc" }, { changedAt: "desc" }],
      distinct: ["componentId"],
    }),
    prisma.incident.findMany({
      where: { draft: false, startedAt: { lte: now }, OR: [{ resolvedAt: null }, { resolvedAt: { gte: windowStart } }] },
      orderBy: { startedAt: "desc" },
      include: { components: { select: { componentId: true } }, updates: { orderBy: { displayAt: "desc" }, take: 1 } },
    }),
    prisma.scheduledMaintenance.findMany({
      where: { status: { not: "completed" }, scheduledUntil: { gte: now } },
      orderBy: { scheduledFor: "asc" },
      include: {
        components: { include: { component: { select: { name: true } } } },
        // All of them: the card shows the latest and the first (the announcement); a window has a handful.
        updates: { orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }] },
      },
    }),
    loadMonitoredUptime(prisma, { windowStart, now, timeZone: page.timeZone }),
  ]);

  return statusPageFrom(
    {
      page,
      groups,
      components,
      statusChanges: [...changesBefore, ...changesInWindow],
      incidents: incidents.map((i) =>
        incidentSummaryOf(
          i,
          i.components.map((c) => c.componentId),
        ),
      ),
      maintenances: maintenances.map((m) =>
        maintenanceSummaryOf(
          m,
          m.components.map((mc) => mc.component.name),
        ),
      ),
      monitored,
    },
    now,
  );
}
