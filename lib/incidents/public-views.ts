import { derivedOnce } from "@/lib/derived-views/derived";
import type { PublicModel } from "@/lib/public-model/model";
import type { IncidentDetailView } from "./queries";

// The public incident page, from the public read model: an unknown id is answered from the model too (null: 404),
// never by asking the store. The history (incidents and maintenance) is lib/history.

/** One incident with its whole timeline (newest first), or null when the model knows no such incident. */
export function incidentFromModel(model: PublicModel, id: string): IncidentDetailView | null {
  // An index per incidents list (shared by every model a change did not touch it in), not a scan per render.
  const incident = derivedOnce("incidents:by-id", model.incidents, (all) => new Map(all.map((i) => [i.id, i]))).get(id);
  if (!incident) return null;
  const names = new Map(model.components.map((c) => [c.id, c.name]));
  return {
    id: incident.id,
    name: incident.name,
    nameTranslations: incident.nameTranslations,
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
      bodyTranslations: u.bodyTranslations,
      displayAt: u.displayAt,
      updatedAt: u.updatedAt,
      componentChanges: u.componentChanges.map(({ componentName, oldStatus, newStatus }) => ({ componentName, oldStatus, newStatus })),
    })),
  };
}
