import { derivedOnce } from "@/lib/derived-views/derived";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import type { PublicModel } from "@/lib/public-model/model";
import { pageUpdatedAt } from "./page-updated-at";
import { RECENT_LIMIT, type StatuspageSnapshot } from "./snapshot";

// What the Statuspage v2 documents show, cut from the public read model: the 50 most recent incidents and
// maintenances, every unresolved incident and every open maintenance, and the showcase components.

/** The most recent `limit` rows (the model's order) and every row `keep` names, once each, in the model's order. */
function recentAnd<T>(rows: readonly T[], keep: (row: T) => boolean): T[] {
  return rows.filter((row, index) => index < RECENT_LIMIT || keep(row));
}

/** The incidents the documents show, derived once per incidents list (a change that touched none shares it). */
function documentIncidents(model: PublicModel): StatuspageSnapshot["incidents"] {
  return derivedOnce("statuspage:incidents", model.incidents, (all) =>
    recentAnd(all, (i) => isUnresolvedIncident(i.status)).map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      impact: i.impact,
      startedAt: i.startedAt,
      monitoringAt: i.monitoringAt,
      resolvedAt: i.resolvedAt,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      componentIds: i.componentIds,
      updates: i.updates,
    })),
  );
}

export function statuspageSnapshotOfModel(model: PublicModel, now = new Date()): StatuspageSnapshot {
  const components = model.components.filter((c) => c.showcase).map(({ slug: _slug, monitored: _monitored, ...component }) => component);
  const incidents = documentIncidents(model);
  const maintenances = recentAnd(model.maintenances, (m) => m.status !== "completed" && m.scheduledUntil >= now);
  const updatedAt = pageUpdatedAt({
    settingsUpdatedAt: model.page.updatedAt,
    groups: model.groups,
    components,
    incidents,
    maintenances,
    lastAuditAt: model.lastAuditAt,
  });
  const { id, name, url, timeZone } = model.page;
  return { asOf: now, page: { id, name, url, timeZone, updatedAt }, groups: model.groups, components, incidents, maintenances };
}

/** status.json's page.updated_at for this model: what an open page was rendered from, its live-update baseline. */
export function pageVersionOfModel(model: PublicModel, now = new Date()): string {
  return statuspageSnapshotOfModel(model, now).page.updatedAt.toISOString();
}
