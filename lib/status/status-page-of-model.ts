import { derivedOnce, derivedWith } from "@/lib/derived-views/derived";
import type { ModelIncident, PublicModel } from "@/lib/public-model/model";
import { type MonitoredUptime, monitoredUptimeFrom } from "./public-uptime";
import { type LocationLatestView, type StatusPageSource, type StatusPageView, statusPageFrom } from "./status-page-view";
import { incidentSummaryOf, maintenanceSummaryOf } from "./summaries";

// The status page from the public read model. The source is derived once per model, from parts derived once per
// part of the model (lib/derived-views/derived.ts): after a change only what changed is derived again. The view is
// kept for a few seconds, so a burst of badges and widgets computes the page once, not once per request.

const VIEW_REUSE_MS = 5_000;

/** One incident as the page lists it: derived once per incident object, which a change shares unless it touched it. */
function incidentSummary(i: ModelIncident): StatusPageSource["incidents"][number] {
  return derivedOnce("status-page:incident", i, () => incidentSummaryOf(i, i.componentIds));
}

interface MonitoredInputs {
  last24hChecks: PublicModel["last24hChecks"];
  timeZone: string;
  /** The monitored components' ids, joined. */
  monitoredIds: string;
}

/** The monitors' totals by page day: derived again only when the totals (read once a minute at most) or the zone move. */
function monitoredOf(model: PublicModel): MonitoredUptime {
  const monitoredIds = model.components.filter((c) => c.monitored).map((c) => c.id);
  const inputs: MonitoredInputs = {
    last24hChecks: model.last24hChecks,
    timeZone: model.page.timeZone,
    monitoredIds: monitoredIds.join(" "),
  };
  return derivedWith(
    "status-page:monitored",
    model.dailyChecks,
    inputs,
    (a, b) => a.last24hChecks === b.last24hChecks && a.timeZone === b.timeZone && a.monitoredIds === b.monitoredIds,
    (dailyRows) =>
      monitoredUptimeFrom({
        componentIds: new Set(monitoredIds),
        dailyRows,
        last24h: new Map(Object.entries(model.last24hChecks)),
        timeZone: model.page.timeZone,
      }),
  );
}

/** Each component's probe locations, by name: derived again only when the totals are read again. */
function locationLatestOf(model: PublicModel): Map<string, LocationLatestView[]> {
  return derivedOnce("status-page:locations", model.locationLatest ?? [], (rows) => {
    const byComponent = new Map<string, LocationLatestView[]>();
    for (const { componentId, locationName, ok, responseTimeMs, offline } of rows) {
      const list = byComponent.get(componentId) ?? [];
      list.push({ name: locationName, ok, responseTimeMs, offline });
      byComponent.set(componentId, list);
    }
    for (const list of byComponent.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return byComponent;
  });
}

function maintenancesOf(model: PublicModel): StatusPageSource["maintenances"] {
  const names = new Map(model.components.map((c) => [c.id, c]));
  return [...model.maintenances]
    .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime())
    .map((m) =>
      maintenanceSummaryOf(
        m,
        m.componentIds
          .map((id) => names.get(id))
          .filter((c) => c !== undefined)
          .sort((a, b) => a.position - b.position)
          .map((c) => c.name),
      ),
    );
}

export function statusPageSourceOf(model: PublicModel): StatusPageSource {
  return derivedOnce("status-page:source", model, () => ({
    page: model.page,
    groups: model.groups,
    components: derivedOnce("status-page:shown", model.components, (components) => components.filter((c) => c.showcase)),
    statusChanges: model.statusChanges,
    incidents: derivedOnce("status-page:incidents", model.incidents, (incidents) => incidents.map(incidentSummary)),
    maintenances: derivedWith(
      "status-page:maintenances",
      model.maintenances,
      model.components,
      (a, b) => a === b,
      () => maintenancesOf(model),
    ),
    monitored: monitoredOf(model),
    locationLatest: locationLatestOf(model),
  }));
}

/** The public status page at `now`, from the model. */
export function statusPageOfModel(model: PublicModel, now = new Date()): StatusPageView {
  return derivedWith(
    "status-page:view",
    model,
    now,
    (then, at) => Math.abs(at.getTime() - then.getTime()) < VIEW_REUSE_MS,
    () => statusPageFrom(statusPageSourceOf(model), now),
  );
}
