import type { PublicModel } from "@/lib/public-model/model";
import { HISTORY_PAGE_SIZE, type IncidentDetailView, type IncidentHistoryPage } from "./queries";

// The public incident page and history pages, from the public read model: an unknown id or a page past the end
// is answered from the model too (null: 404), never by asking the store.

/** One incident with its whole timeline (newest first), or null when the model knows no such incident. */
export function incidentFromModel(model: PublicModel, id: string): IncidentDetailView | null {
  const incident = model.incidents.find((i) => i.id === id);
  if (!incident) return null;
  const names = new Map(model.components.map((c) => [c.id, c.name]));
  return {
    id: incident.id,
    name: incident.name,
    status: incident.status,
    impact: incident.impact,
    startedAt: incident.startedAt,
    identifiedAt: incident.identifiedAt,
    monitoringAt: incident.monitoringAt,
    resolvedAt: incident.resolvedAt,
    postmortemBody: incident.postmortemBody,
    postmortemPublishedAt: incident.postmortemPublishedAt,
    affectedComponents: incident.componentIds.map((id) => names.get(id) ?? ""),
    updates: incident.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      displayAt: u.displayAt,
      updatedAt: u.updatedAt,
      componentChanges: u.componentChanges.map(({ componentName, oldStatus, newStatus }) => ({ componentName, oldStatus, newStatus })),
    })),
  };
}

/** All incidents, newest first, one page at a time; null for a page that is not a whole number in range. */
export function historyFromModel(model: PublicModel, page: number, pageSize = HISTORY_PAGE_SIZE): IncidentHistoryPage | null {
  const total = model.incidents.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return {
    total,
    page,
    pageCount,
    incidents: model.incidents.slice((page - 1) * pageSize, page * pageSize).map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      impact: i.impact,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      latestUpdateBody: i.updates[0]?.body ?? null,
    })),
  };
}
