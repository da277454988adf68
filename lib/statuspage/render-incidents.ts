import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";
import { renderComponent, type StatuspageComponent } from "./render-components";
import { RECENT_LIMIT, type SnapshotComponent, type SnapshotIncident, type SnapshotIncidentUpdate, type SnapshotPage } from "./snapshot";

export interface StatuspageAffectedComponent {
  code: string;
  name: string;
  old_status: string;
  new_status: string;
}

export interface StatuspageIncidentUpdate {
  id: string;
  status: IncidentStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: StatuspageAffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export interface StatuspageIncident {
  id: string;
  name: string;
  status: IncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: IncidentImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: StatuspageIncidentUpdate[];
  components: StatuspageComponent[];
}

export function incidentLink(pageUrl: string, incidentId: string): string {
  return `${pageUrl.replace(/\/+$/, "")}/incidents/${incidentId}`;
}

function renderUpdate(u: SnapshotIncidentUpdate, incidentId: string): StatuspageIncidentUpdate {
  return {
    id: u.id,
    status: u.status,
    body: u.body,
    incident_id: incidentId,
    created_at: u.createdAt.toISOString(),
    updated_at: u.updatedAt.toISOString(),
    display_at: u.displayAt.toISOString(),
    affected_components:
      u.componentChanges.length === 0
        ? null
        : u.componentChanges.map((c) => ({ code: c.componentId, name: c.componentName, old_status: c.oldStatus, new_status: c.newStatus })),
    deliver_notifications: u.deliverNotifications,
    custom_tweet: null,
    tweet_id: null,
  };
}

/** One incident as Statuspage shows it; updates newest first, only components the page shows. */
export function renderIncident(
  incident: SnapshotIncident,
  page: Pick<SnapshotPage, "id" | "url" | "timeZone">,
  components: readonly SnapshotComponent[],
): StatuspageIncident {
  const updates = [...incident.updates].sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime());
  return {
    id: incident.id,
    name: incident.name,
    status: incident.status,
    created_at: incident.createdAt.toISOString(),
    updated_at: incident.updatedAt.toISOString(),
    monitoring_at: incident.monitoringAt?.toISOString() ?? null,
    resolved_at: incident.resolvedAt?.toISOString() ?? null,
    impact: incident.impact,
    shortlink: incidentLink(page.url, incident.id),
    started_at: incident.startedAt.toISOString(),
    page_id: page.id,
    incident_updates: updates.map((u) => renderUpdate(u, incident.id)),
    components: components.filter((c) => incident.componentIds.includes(c.id)).map((c) => renderComponent(c, page)),
  };
}

/** The 50 most recent incidents, newest first (the snapshot may also hold older unresolved ones). */
export function renderIncidents(snapshot: {
  page: SnapshotPage;
  components: SnapshotComponent[];
  incidents: SnapshotIncident[];
}): StatuspageIncident[] {
  return [...snapshot.incidents]
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
    .slice(0, RECENT_LIMIT)
    .map((i) => renderIncident(i, snapshot.page, snapshot.components));
}
