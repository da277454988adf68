import { isActiveMaintenance, isUpcomingMaintenance, openMaintenances, recentMaintenances } from "./maintenance-windows";
import { renderMaintenance, type StatuspageMaintenance } from "./render-maintenances";
import { renderPage, type StatuspagePage } from "./render-page";
import type { SnapshotMaintenance, StatuspageSnapshot } from "./snapshot";

export interface StatuspageMaintenanceList {
  page: StatuspagePage;
  scheduled_maintenances: StatuspageMaintenance[];
}

function listOf(snapshot: StatuspageSnapshot, maintenances: SnapshotMaintenance[]): StatuspageMaintenanceList {
  return {
    page: renderPage(snapshot.page),
    scheduled_maintenances: maintenances.map((m) => renderMaintenance(m, snapshot.page, snapshot.components)),
  };
}

/** scheduled-maintenances.json: the 50 most recent, completed ones too, latest first. */
export function renderScheduledMaintenances(snapshot: StatuspageSnapshot): StatuspageMaintenanceList {
  return listOf(snapshot, recentMaintenances(snapshot.maintenances));
}

/** scheduled-maintenances/upcoming.json: scheduled and not yet started, soonest first. */
export function renderUpcomingMaintenances(snapshot: StatuspageSnapshot): StatuspageMaintenanceList {
  return listOf(snapshot, openMaintenances(snapshot.maintenances, snapshot.asOf, isUpcomingMaintenance));
}

/** scheduled-maintenances/active.json: in progress or verifying. */
export function renderActiveMaintenances(snapshot: StatuspageSnapshot): StatuspageMaintenanceList {
  return listOf(snapshot, openMaintenances(snapshot.maintenances, snapshot.asOf, isActiveMaintenance));
}
