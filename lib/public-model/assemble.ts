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
import { readTranslations } from "@/lib/i18n/stored-translations";
import type { Translations } from "@/lib/i18n/translated-text";
import type { SnapshotMaintenance } from "@/lib/statuspage/snapshot";
import type { ModelIncident } from "./model";

type ComponentRef = Pick<Component, "id" | "name" | "position">;

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
function dated<S>(u: {
  id: string;
  status: S;
  body: string;
  bodyTranslations: unknown;
  displayAt: Date;
  createdAt: Date;
  updatedAt: Date;
}) {
  return {
    id: u.id,
    status: u.status,
    body: u.body,
    ...translated("bodyTranslations", u.bodyTranslations),
    displayAt: u.displayAt,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

/**
 * Translations ride with their row, so every language renders from one read; a row without any carries no key at
 * all, which keeps untranslated models (and what is derived from them) exactly as they were.
 */
function translated<K extends "nameTranslations" | "bodyTranslations">(key: K, column: unknown): Partial<Record<K, Translations>> {
  const translations = readTranslations(column);
  return translations ? ({ [key]: translations } as Record<K, Translations>) : {};
}

/** Newest first (startedAt), then by id: one order for a whole read and a partial one alike. */
export function compareIncidents(a: Pick<ModelIncident, "id" | "startedAt">, b: Pick<ModelIncident, "id" | "startedAt">): number {
  return b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Latest scheduled start first, then by id. */
export function compareMaintenances(
  a: Pick<SnapshotMaintenance, "id" | "scheduledFor">,
  b: Pick<SnapshotMaintenance, "id" | "scheduledFor">,
): number {
  return b.scheduledFor.getTime() - a.scheduledFor.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Component ids by the components' position, then id (a stable order whatever order the rows came in). */
function byPosition(components: readonly ComponentRef[]) {
  const componentsById = new Map(components.map((c) => [c.id, c]));
  const position = (id: string) => componentsById.get(id)?.position ?? 0;
  const compare = (a: string, b: string) => position(a) - position(b) || (a < b ? -1 : a > b ? 1 : 0);
  return { componentsById, compare };
}

/** Incidents newest first; updates in the order given (newest first); components and their changes by position. */
export function assembleIncidents(rows: {
  incidents: Incident[];
  links: IncidentComponent[];
  updates: IncidentUpdate[];
  changes: IncidentUpdateComponent[];
  components: readonly ComponentRef[];
}): ModelIncident[] {
  const { componentsById, compare } = byPosition(rows.components);
  const linksOf = groupBy(rows.links, (l) => l.incidentId);
  const updatesOf = groupBy(rows.updates, (u) => u.incidentId);
  const changesOf = groupBy(rows.changes, (c) => c.updateId);
  const incidents = rows.incidents.map((i) => ({
    id: i.id,
    name: i.name,
    ...translated("nameTranslations", i.nameTranslations),
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
    componentIds: (linksOf.get(i.id) ?? []).map((l) => l.componentId).sort(compare),
    updates: (updatesOf.get(i.id) ?? []).map((u) => ({
      ...dated(u),
      deliverNotifications: u.deliverNotifications,
      componentChanges: (changesOf.get(u.id) ?? [])
        .sort((a, b) => compare(a.componentId, b.componentId))
        .map((c) => ({
          componentId: c.componentId,
          componentName: componentsById.get(c.componentId)?.name ?? "",
          oldStatus: c.oldStatus,
          newStatus: c.newStatus,
        })),
    })),
  }));
  return incidents.sort(compareIncidents);
}

/**
 * The incidents again after components were renamed or moved: each incident whose component order or names
 * change is a new object, every other one is the same object (so what was derived from it can be kept).
 */
export function rederiveIncidents(incidents: readonly ModelIncident[], components: readonly ComponentRef[]): ModelIncident[] {
  const { componentsById, compare } = byPosition(components);
  return incidents.map((incident) => {
    const componentIds = [...incident.componentIds].sort(compare);
    let changed = componentIds.some((id, k) => id !== incident.componentIds[k]);
    const updates = incident.updates.map((update) => {
      const changes = [...update.componentChanges]
        .sort((a, b) => compare(a.componentId, b.componentId))
        .map((c) => {
          const componentName = componentsById.get(c.componentId)?.name ?? "";
          return componentName === c.componentName ? c : { ...c, componentName };
        });
      if (changes.every((c, k) => c === update.componentChanges[k])) return update;
      changed = true;
      return { ...update, componentChanges: changes };
    });
    return changed ? { ...incident, componentIds, updates } : incident;
  });
}

/** Maintenances again after components moved: only those whose component order changes are new objects. */
export function rederiveMaintenances(
  maintenances: readonly SnapshotMaintenance[],
  components: readonly ComponentRef[],
): SnapshotMaintenance[] {
  const { compare } = byPosition(components);
  return maintenances.map((m) => {
    const componentIds = [...m.componentIds].sort(compare);
    return componentIds.some((id, k) => id !== m.componentIds[k]) ? { ...m, componentIds } : m;
  });
}

/** Maintenances latest first; updates in the order given (newest first); components by position. */
export function assembleMaintenances(rows: {
  maintenances: ScheduledMaintenance[];
  links: MaintenanceComponent[];
  updates: MaintenanceUpdate[];
  components: readonly ComponentRef[];
}): SnapshotMaintenance[] {
  const { compare } = byPosition(rows.components);
  const linksOf = groupBy(rows.links, (l) => l.maintenanceId);
  const updatesOf = groupBy(rows.updates, (u) => u.maintenanceId);
  const maintenances = rows.maintenances.map((m) => ({
    id: m.id,
    name: m.name,
    ...translated("nameTranslations", m.nameTranslations),
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    componentIds: (linksOf.get(m.id) ?? []).map((l) => l.componentId).sort(compare),
    updates: (updatesOf.get(m.id) ?? []).map(dated),
    repeats: m.recurrence && m.recurrenceTimeZone ? { rule: m.recurrence, timeZone: m.recurrenceTimeZone } : null,
    seriesId: m.seriesId,
  }));
  return maintenances.sort(compareMaintenances);
}
