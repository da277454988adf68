import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { deriveOverallStatus, type OverallStatus } from "@/lib/status/overall-status";
import { countsTowardStatus } from "@/lib/status/third-party";
import { isActiveMaintenance } from "./maintenance-windows";
import { renderPage, type StatuspagePage } from "./render-page";
import type { StatuspageSnapshot } from "./snapshot";

/** The page indicator from the one status engine, fed the same inputs as the public page. */
export function overallStatusOf(snapshot: Omit<StatuspageSnapshot, "page" | "groups">): OverallStatus {
  return deriveOverallStatus({
    componentStatuses: snapshot.components.filter(countsTowardStatus).map((c) => c.status),
    unresolvedIncidentImpacts: snapshot.incidents.filter((i) => isUnresolvedIncident(i.status)).map((i) => i.impact),
    maintenanceInProgress: snapshot.maintenances.some((m) => isActiveMaintenance(m, snapshot.asOf)),
  });
}

export function renderStatus(snapshot: StatuspageSnapshot): { page: StatuspagePage; status: OverallStatus } {
  const { indicator, description } = overallStatusOf(snapshot);
  return { page: renderPage(snapshot.page), status: { indicator, description } };
}
