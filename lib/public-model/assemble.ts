import type {
  Component,
  Incident,
  IncidentComponent,
  IncidentUpdate,
  IncidentUpdateComponent,
  MaintenanceComponent,
  MaintenanceUpdate,
  ScheduledMaintenance,
} from "@/lib/generated/prisma/client";
import type { SnapshotMaintenance } from "@/lib/statuspage/snapshot";
import type { ModelIncident } from "./model";

// Flat store rows joined into the model's incidents and maintenances: only the fields public routes show, so
// nothing else (a postmortem draft, notification settings of maintenance) can leak into a public document.

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The fields an incident update and a maintenance update share. */
function dated<S>(u: { id: string; status: S; body: string; displayAt: Date; createdAt: Date; updatedAt: Date }) {
  return { id: u.id, status: u.status, body: u.body, displayAt: u.displayAt, createdAt: u.createdAt, updatedAt: u.updatedAt };
}

/** Incidents in the order given; updates in the order given (newest first); component changes by component position. */
export function assembleIncidents(rows: {
  incidents: Incident[];
  links: IncidentComponent[];
  updates: IncidentUpdate[];
  changes: IncidentUpdateComponent[];
  components: Pick<Component, "id" | "name" | "position">[];
}): ModelIncident[] {
  const componentsById = new Map(rows.components.map((c) => [c.id, c]));
  const position = (id: string) => componentsById.get(id)?.position ?? 0;
  const linksOf = groupBy(rows.links, (l) => l.incidentId);
  const updatesOf = groupBy(rows.updates, (u) => u.incidentId);
  const changesOf = groupBy(rows.changes, (c) => c.updateId);
  return rows.incidents.map((i) => ({
    id: i.id,
    name: i.name,
    status: i.status,
    impact: i.impact,
    startedAt: i.startedAt,
    identifiedAt: i.identifiedAt,
    monitoringAt: i.monitoringAt,
    resolvedAt: i.resolvedAt,
    postmortemBody: i.postmortemPublishedAt ? i.postmortemBody : null,
    postmortemPublishedAt: i.postmortemPublishedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    componentIds: (linksOf.get(i.id) ?? []).map((l) => l.componentId).sort((a, b) => position(a) - position(b)),
    updates: (updatesOf.get(i.id) ?? []).map((u) => ({
      ...dated(u),
      deliverNotifications: u.deliverNotifications,
      componentChanges: (changesOf.get(u.id) ?? [])
        .sort((a, b) => position(a.componentId) - position(b.componentId))
        .map((c) => ({
          componentId: c.componentId,
          componentName: componentsById.get(c.componentId)?.name ?? "",
          oldStatus: c.oldStatus,
          newStatus: c.newStatus,
        })),
    })),
  }));
}

export function assembleMaintenances(rows: {
  maintenances: ScheduledMaintenance[];
  links: MaintenanceComponent[];
  updates: MaintenanceUpdate[];
}): SnapshotMaintenance[] {
  const linksOf = groupBy(rows.links, (l) => l.maintenanceId);
  const updatesOf = groupBy(rows.updates, (u) => u.maintenanceId);
  return rows.maintenances.map((m) => ({
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    componentIds: (linksOf.get(m.id) ?? []).map((l) => l.componentId),
    updates: (updatesOf.get(m.id) ?? []).map(dated),
    repeats: m.recurrence && m.recurrenceTimeZone ? { rule: m.recurrence, timeZone: m.recurrenceTimeZone } : null,
    seriesId: m.seriesId,
  }));
}
