import "server-only";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import { getPrisma } from "@/lib/db/boot";
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { isMaintenanceUnderway } from "@/lib/maintenance/underway";
import { getPageSettings, type PageSettingsView } from "@/lib/page/queries";
import { calendarDays } from "@/lib/time/days";
import { deriveGroupStatus, deriveOverallStatus } from "./overall-status";
import { componentUptime, loadMonitoredUptime, type UptimeWindows } from "./public-uptime";
import { computeDailyUptime, type DayUptime, summarizeUptime } from "./uptime";

export const UPTIME_DAYS = 90;
export const PAST_INCIDENT_DAYS = 14;

export interface IncidentRef {
  id: string;
  name: string;
  impact: IncidentImpact;
}
export interface UpdateView {
  status: IncidentStatus | MaintenanceStatus;
  body: string;
  displayAt: Date;
}
export interface IncidentSummaryView extends IncidentRef {
  status: IncidentStatus;
  startedAt: Date;
  resolvedAt: Date | null;
  latestUpdate: UpdateView | null;
}
export interface UptimeDayView extends DayUptime {
  incidents: IncidentRef[];
}
export interface ComponentView {
  id: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  days: UptimeDayView[];
  uptimePercent: number | null;
  /** Uptime over the last 24 h, 7, 30 and 90 days; from monitor checks where the component has monitors. */
  uptimeWindows: UptimeWindows;
  hasMonitors: boolean;
}
export type ComponentSection =
  | { kind: "group"; id: string; name: string; description: string | null; status: ComponentStatus; components: ComponentView[] }
  | { kind: "component"; component: ComponentView };
export interface MaintenanceView {
  id: string;
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  componentNames: string[];
  latestUpdate: UpdateView | null;
}
export interface StatusPageView {
  page: PageSettingsView;
  overall: { indicator: StatusIndicator; description: string };
  activeIncidents: IncidentSummaryView[];
  activeMaintenances: MaintenanceView[];
  upcomingMaintenances: MaintenanceView[];
  sections: ComponentSection[];
  pastDays: { key: string; start: Date; incidents: IncidentSummaryView[] }[];
  generatedAt: Date;
}

/** Everything the public status page shows, computed by the one status engine. */
export async function getStatusPage(now = new Date()): Promise<StatusPageView> {
  const prisma = await getPrisma();
  const page = await getPageSettings();
  const days = calendarDays(now, UPTIME_DAYS, page.timeZone);
  const windowStart = days[0].start;

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
      where: { startedAt: { lte: now }, OR: [{ resolvedAt: null }, { resolvedAt: { gte: windowStart } }] },
      orderBy: { startedAt: "desc" },
      include: { components: { select: { componentId: true } }, updates: { orderBy: { displayAt: "desc" }, take: 1 } },
    }),
    prisma.scheduledMaintenance.findMany({
      where: { status: { not: "completed" }, scheduledUntil: { gte: now } },
      orderBy: { scheduledFor: "asc" },
      include: {
        components: { include: { component: { select: { name: true } } } },
        updates: { orderBy: { displayAt: "desc" }, take: 1 },
      },
    }),
    loadMonitoredUptime(prisma, { windowStart, now, timeZone: page.timeZone }),
  ]);

  const toSummary = (i: (typeof incidents)[number]): IncidentSummaryView => ({
    id: i.id,
    name: i.name,
    impact: i.impact,
    status: i.status,
    startedAt: i.startedAt,
    resolvedAt: i.resolvedAt,
    latestUpdate: i.updates[0] ? pickUpdate(i.updates[0]) : null,
  });

  const componentView = (c: (typeof components)[number]): ComponentView => {
    const changes = [...changesBefore, ...changesInWindow].filter((s) => s.componentId === c.id);
    const historyDays = computeDailyUptime({ changes, startDate: c.startDate, now, calendar: days });
    const {
      days: uptime,
      hasMonitors,
      windows,
    } = componentUptime({ componentId: c.id, historyDays, changes, startDate: c.startDate, monitored, now });
    const affecting = incidents.filter((i) => i.components.some((ic) => ic.componentId === c.id));
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      uptimePercent: summarizeUptime(uptime),
      uptimeWindows: windows,
      hasMonitors,
      days: uptime.map((day) => ({
        ...day,
        incidents: affecting
          .filter((i) => i.startedAt < day.end && (i.resolvedAt ?? now) >= day.start)
          .map((i) => ({ id: i.id, name: i.name, impact: i.impact })),
      })),
    };
  };

  const sections = buildSections(groups, components, componentView);
  const activeIncidents = incidents.filter((i) => isUnresolvedIncident(i.status)).map(toSummary);
  const maintenanceViews = maintenances.map(toMaintenanceView);
  const activeMaintenances = maintenanceViews.filter((m) => isMaintenanceUnderway(m.status));

  const pastWindow = days.slice(-PAST_INCIDENT_DAYS).reverse();
  const pastDays = pastWindow.map((day) => ({
    key: day.key,
    start: day.start,
    incidents: incidents.filter((i) => i.startedAt >= day.start && i.startedAt < day.end).map(toSummary),
  }));

  return {
    page,
    overall: deriveOverallStatus({
      componentStatuses: components.map((c) => c.status),
      unresolvedIncidentImpacts: activeIncidents.map((i) => i.impact),
      maintenanceInProgress: activeMaintenances.length > 0,
    }),
    activeIncidents,
    activeMaintenances,
    upcomingMaintenances: maintenanceViews.filter((m) => m.status === "scheduled"),
    sections,
    pastDays,
    generatedAt: now,
  };
}

function pickUpdate(u: { status: IncidentStatus | MaintenanceStatus; body: string; displayAt: Date }): UpdateView {
  return { status: u.status, body: u.body, displayAt: u.displayAt };
}

function toMaintenanceView(m: {
  id: string;
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  components: { component: { name: string } }[];
  updates: { status: MaintenanceStatus; body: string; displayAt: Date }[];
}): MaintenanceView {
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    componentNames: m.components.map((mc) => mc.component.name),
    latestUpdate: m.updates[0] ? pickUpdate(m.updates[0]) : null,
  };
}

/** Groups and ungrouped components share one ordering by position, as on Statuspage. */
function buildSections<C extends { groupId: string | null; position: number }>(
  groups: { id: string; name: string; description: string | null; position: number }[],
  components: C[],
  toView: (c: C) => ComponentView,
): ComponentSection[] {
  const entries: { position: number; section: ComponentSection }[] = [];
  for (const group of groups) {
    const members = components.filter((c) => c.groupId === group.id).map(toView);
    if (members.length === 0) continue;
    entries.push({
      position: group.position,
      section: {
        kind: "group",
        id: group.id,
        name: group.name,
        description: group.description,
        status: deriveGroupStatus(members.map((m) => m.status)),
        components: members,
      },
    });
  }
  for (const component of components.filter((c) => c.groupId === null)) {
    entries.push({ position: component.position, section: { kind: "component", component: toView(component) } });
  }
  return entries.sort((a, b) => a.position - b.position).map((e) => e.section);
}
