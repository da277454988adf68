import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import type { OverallStatus } from "@/lib/status/overall-status";
import { openMaintenances } from "./maintenance-windows";
import { renderComponents, type StatuspageComponent } from "./render-components";
import { renderIncident, type StatuspageIncident } from "./render-incidents";
import { renderMaintenance, type StatuspageMaintenance } from "./render-maintenances";
import { renderPage, type StatuspagePage } from "./render-page";
import { overallStatusOf } from "./render-status";
import type { StatuspageSnapshot } from "./snapshot";

export interface StatuspageSummary {
  page: StatuspagePage;
  components: StatuspageComponent[];
  incidents: StatuspageIncident[];
  scheduled_maintenances: StatuspageMaintenance[];
  status: OverallStatus;
}

/** Statuspage's summary.json: page, components, unresolved incidents, upcoming and active maintenance, status. */
export function renderSummary(snapshot: StatuspageSnapshot): StatuspageSummary {
  const { page, components } = snapshot;
  const { indicator, description } = overallStatusOf(snapshot);
  return {
    page: renderPage(page),
    components: renderComponents(snapshot),
    incidents: snapshot.incidents.filter((i) => isUnresolvedIncident(i.status)).map((i) => renderIncident(i, page, components)),
    // Statuspage's summary leaves completed maintenance out; scheduled-maintenances.json lists it.
    scheduled_maintenances: openMaintenances(snapshot.maintenances, snapshot.asOf).map((m) => renderMaintenance(m, page, components)),
    status: { indicator, description },
  };
}

export function renderUnresolvedIncidents(snapshot: StatuspageSnapshot): { page: StatuspagePage; incidents: StatuspageIncident[] } {
  return {
    page: renderPage(snapshot.page),
    incidents: snapshot.incidents
      .filter((i) => isUnresolvedIncident(i.status))
      .map((i) => renderIncident(i, snapshot.page, snapshot.components)),
  };
}
