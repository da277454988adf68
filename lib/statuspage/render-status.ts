import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { deriveOverallStatus, type OverallStatus } from "@/lib/status/overall-status";
import { isActiveMaintenance } from "./maintenance-windows";
import { renderPage, type StatuspagePage } from "./render-page";
import type { StatuspageSnapshot } from "./snapshot";

const UNRESOLVED: readonly IncidentStatus[] = ["investigating", "identified", "monitoring"];

export function isUnresolved(status: IncidentStatus): boolean {
  return UNRESOLVED.includes(status);
}

/** The page indicator from the one status engine, fed the same inputs as the public page. */
export function overallStatusOf(snapshot: Omit<StatuspageSnapshot, "page" | "groups">): OverallStatus {
  return deriveOverallStatus({
    componentStatuses: snapshot.components.map((c) => c.status),
    unresolvedIncidentImpacts: snapshot.incidents.filter((i) => isUnresolved(i.status)).map((i) => i.impact),
    maintenanceInProgress: snapshot.maintenances.some((m) => isActiveMaintenance(m, snapshot.asOf)),
  });
}

export function renderStatus(snapshot: StatuspageSnapshot): { page: StatuspagePage; status: OverallStatus } {
  const { indicator, description } = overallStatusOf(snapshot);
  return { page: renderPage(snapshot.page), status: { indicator, description } };
}
