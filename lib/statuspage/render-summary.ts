import { renderComponents } from "./render-components";
import { renderIncident } from "./render-incidents";
import { renderMaintenance } from "./render-maintenances";
import { renderPage } from "./render-page";
import { isUnresolved, overallStatusOf } from "./render-status";
import type { StatuspageSnapshot } from "./snapshot";

/** Statuspage's summary.json: page, components, unresolved incidents, active and upcoming maintenance, status. */
export function renderSummary(snapshot: StatuspageSnapshot) {
  const { page, components } = snapshot;
  const { indicator, description } = overallStatusOf(snapshot);
  return {
    page: renderPage(page),
    components: renderComponents(snapshot),
    incidents: snapshot.incidents.filter((i) => isUnresolved(i.status)).map((i) => renderIncident(i, page, components)),
    scheduled_maintenances: snapshot.maintenances
      .filter((m) => m.status !== "completed")
      .map((m) => renderMaintenance(m, page, components)),
    status: { indicator, description },
  };
}

export function renderUnresolvedIncidents(snapshot: StatuspageSnapshot) {
  return {
    page: renderPage(snapshot.page),
    incidents: snapshot.incidents.filter((i) => isUnresolved(i.status)).map((i) => renderIncident(i, snapshot.page, snapshot.components)),
  };
}
