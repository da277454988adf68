import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { isMaintenanceUnderway } from "@/lib/maintenance/underway";
import type { PageSettingsView } from "@/lib/page/settings";
import type { SnapshotThirdParty } from "@/lib/statuspage/snapshot";
import { calendarDays } from "@/lib/time/days";
import { deriveGroupStatus, deriveOverallStatus } from "./overall-status";
import { componentUptime, type MonitoredUptime, type UptimeWindows } from "./public-uptime";
import { countsTowardStatus } from "./third-party";
import { computeDailyUptime, type DayUptime, type StatusChangePoint, summarizeUptime } from "./uptime";

// The public status page as a pure function of its data: the one status engine the page, the widget and the
// badges share. The data comes from the public read model (public routes) or from the store (the admin console).

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
  /** A mirrored vendor's name, page and state; null for Beacon's own components. */
  thirdParty: SnapshotThirdParty | null;
  /** What each probe location last saw, for a component checked from several places; absent otherwise. */
  locations?: LocationLatestView[];
}
export interface LocationLatestView {
  name: string;
  /** Null until the location reported. */
  ok: boolean | null;
  responseTimeMs: number | null;
  offline: boolean;
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
  /** The first update: what the window is for, kept on the page once the window starts. */
  announcement: UpdateView | null;
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

/** What the page is computed from; the sources may hold more than the window shows, it is cut here. */
export interface StatusPageSource {
  page: PageSettingsView;
  groups: readonly { id: string; name: string; description: string | null; position: number }[];
  /** The components the page shows, in page order. */
  components: readonly {
    id: string;
    name: string;
    description: string | null;
    status: ComponentStatus;
    position: number;
    groupId: string | null;
    startDate: Date;
    thirdParty?: SnapshotThirdParty | null;
  }[];
  statusChanges: readonly (StatusChangePoint & { componentId: string })[];
  /** Newest first. */
  incidents: readonly (IncidentSummaryView & { componentIds: readonly string[] })[];
  /** By scheduled start, earliest first. */
  maintenances: readonly MaintenanceView[];
  monitored: MonitoredUptime;
  /** By component id, each probe location's last result, by location name. */
  locationLatest?: ReadonlyMap<string, readonly LocationLatestView[]>;
}

/** Everything the public status page shows at `now`. */
export function statusPageFrom(source: StatusPageSource, now: Date): StatusPageView {
  const days = calendarDays(now, UPTIME_DAYS, source.page.timeZone);
  const windowStart = days[0].start;
  // Instants compared as numbers: `<` on Date objects converts both on every comparison, and the bars compare
  // every day of every component with the incidents touching it.
  const nowMs = now.getTime();
  const windowStartMs = windowStart.getTime();
  const incidents = source.incidents.filter(
    (i) => i.startedAt.getTime() <= nowMs && (i.resolvedAt === null || i.resolvedAt.getTime() >= windowStartMs),
  );
  const summary = ({ componentIds: _, ...view }: (typeof incidents)[number]): IncidentSummaryView => view;
  const changesOf = changesByComponent(source.statusChanges, windowStart, now);
  const incidentsOf = incidentsByComponent(incidents);

  const componentView = (c: StatusPageSource["components"][number]): ComponentView => {
    const changes = changesOf.get(c.id) ?? [];
    const historyDays = computeDailyUptime({ changes, startDate: c.startDate, now, calendar: days });
    const {
      days: uptime,
      hasMonitors,
      windows,
    } = componentUptime({
      componentId: c.id,
      historyDays,
      changes,
      startDate: c.startDate,
      monitored: source.monitored,
      now,
    });
    const onDays = incidentsOnDays(incidentsOf.get(c.id) ?? [], uptime, nowMs);
    const locations = source.locationLatest?.get(c.id);
    return {
      ...(locations && locations.length > 1 ? { locations: [...locations] } : {}),
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      uptimePercent: summarizeUptime(uptime),
      uptimeWindows: windows,
      hasMonitors,
      thirdParty: c.thirdParty ?? null,
      // Written out rather than spread: 18,000 bars at scale, and a spread copy costs several times a literal.
      days: uptime.map((day, index) => ({
        key: day.key,
        start: day.start,
        end: day.end,
        observedMinutes: day.observedMinutes,
        degradedMinutes: day.degradedMinutes,
        partialMinutes: day.partialMinutes,
        majorMinutes: day.majorMinutes,
        maintenanceMinutes: day.maintenanceMinutes,
        weightedDowntimeMinutes: day.weightedDowntimeMinutes,
        uptimePercent: day.uptimePercent,
        level: day.level,
        incidents: onDays[index],
      })),
    };
  };

  const activeIncidents = incidents.filter((i) => isUnresolvedIncident(i.status)).map(summary);
  const maintenances = source.maintenances.filter((m) => m.status !== "completed" && m.scheduledUntil >= now);
  const activeMaintenances = maintenances.filter((m) => isMaintenanceUnderway(m.status));
  const pastDays = days
    .slice(-PAST_INCIDENT_DAYS)
    .reverse()
    .map((day) => ({
      key: day.key,
      start: day.start,
      incidents: incidents
        .filter((i) => i.startedAt.getTime() >= day.start.getTime() && i.startedAt.getTime() < day.end.getTime())
        .map(summary),
    }));

  return {
    page: source.page,
    overall: deriveOverallStatus({
      componentStatuses: source.components.filter(countsTowardStatus).map((c) => c.status),
      unresolvedIncidentImpacts: activeIncidents.map((i) => i.impact),
      maintenanceInProgress: activeMaintenances.length > 0,
    }),
    activeIncidents,
    activeMaintenances,
    upcomingMaintenances: maintenances.filter((m) => m.status === "scheduled"),
    sections: buildSections(source.groups, source.components, componentView),
    pastDays,
    generatedAt: now,
  };
}

/**
 * Per day (the days in order), the incidents open during it — started before its end, not resolved (or still open
 * at `nowMs`) before its start — in the incidents' order. Each incident finds its first day by binary search and
 * walks only the days it spans, instead of every day testing every incident.
 */
function incidentsOnDays(
  incidents: readonly (IncidentRef & { startedAt: Date; resolvedAt: Date | null })[],
  days: readonly { start: Date; end: Date }[],
  nowMs: number,
): IncidentRef[][] {
  const onDays: IncidentRef[][] = days.map(() => []);
  for (const incident of incidents) {
    const startedMs = incident.startedAt.getTime();
    const endedMs = incident.resolvedAt?.getTime() ?? nowMs;
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (days[middle].end.getTime() > startedMs) high = middle;
      else low = middle + 1;
    }
    for (let index = low; index < days.length && days[index].start.getTime() <= endedMs; index++) {
      onDays[index].push({ id: incident.id, name: incident.name, impact: incident.impact });
    }
  }
  return onDays;
}

/** Per component: the incidents naming it, in the list's order (once per page, not a scan per component). */
function incidentsByComponent<I extends { componentIds: readonly string[] }>(incidents: readonly I[]): Map<string, I[]> {
  const byComponent = new Map<string, I[]>();
  for (const incident of incidents) {
    for (const id of new Set(incident.componentIds)) {
      const own = byComponent.get(id);
      if (own) own.push(incident);
      else byComponent.set(id, [incident]);
    }
  }
  return byComponent;
}

/** Per component: the changes inside the window up to `now`, and the last one before it (the status carried in). */
function changesByComponent(changes: StatusPageSource["statusChanges"], windowStart: Date, now: Date) {
  const byComponent = new Map<string, StatusChangePoint[]>();
  const carriedIn = new Map<string, StatusChangePoint>();
  for (const change of changes) {
    if (change.changedAt > now) continue;
    if (change.changedAt < windowStart) {
      const seen = carriedIn.get(change.componentId);
      if (!seen || seen.changedAt < change.changedAt) carriedIn.set(change.componentId, change);
      continue;
    }
    const own = byComponent.get(change.componentId);
    if (own) own.push(change);
    else byComponent.set(change.componentId, [change]);
  }
  for (const [id, change] of carriedIn) byComponent.set(id, [change, ...(byComponent.get(id) ?? [])]);
  return byComponent;
}

/** Groups and ungrouped components share one ordering by position, as on Statuspage. */
function buildSections<C extends { groupId: string | null; position: number }>(
  groups: StatusPageSource["groups"],
  components: readonly C[],
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
        status: deriveGroupStatus(members.filter(countsTowardStatus).map((m) => m.status)),
        components: members,
      },
    });
  }
  for (const component of components.filter((c) => c.groupId === null)) {
    entries.push({ position: component.position, section: { kind: "component", component: toView(component) } });
  }
  return entries.sort((a, b) => a.position - b.position).map((e) => e.section);
}
