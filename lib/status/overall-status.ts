import { INDICATOR_DESCRIPTION, type StatusIndicator, worstComponentStatus } from "@/lib/core/status-vocabulary";
import type { ComponentStatus, IncidentImpact } from "@/lib/generated/prisma/enums";

// The one rule for "how is the page doing": the page, badge, API and feeds all call this so they never disagree.

export interface OverallStatusInput {
  componentStatuses: readonly ComponentStatus[];
  unresolvedIncidentImpacts: readonly IncidentImpact[];
  maintenanceInProgress: boolean;
}

export interface OverallStatus {
  indicator: StatusIndicator;
  description: string;
}

type FaultIndicator = Exclude<StatusIndicator, "maintenance">;

const FAULT_RANK: Record<FaultIndicator, number> = { none: 0, minor: 1, major: 2, critical: 3 };

// Maintenance is not a fault, so it maps to none here and is handled after faults are ruled out.
const COMPONENT_FAULT: Record<ComponentStatus, FaultIndicator> = {
  operational: "none",
  under_maintenance: "none",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

function worseFault(a: FaultIndicator, b: FaultIndicator): FaultIndicator {
  return FAULT_RANK[b] > FAULT_RANK[a] ? b : a;
}

export function deriveOverallStatus(input: OverallStatusInput): OverallStatus {
  let fault: FaultIndicator = "none";
  for (const status of input.componentStatuses) fault = worseFault(fault, COMPONENT_FAULT[status]);
  for (const impact of input.unresolvedIncidentImpacts) fault = worseFault(fault, impact);

  const underMaintenance = input.maintenanceInProgress || input.componentStatuses.includes("under_maintenance");
  // Any real fault outranks planned work: visitors need to know something is broken.
  const indicator: StatusIndicator = fault === "none" && underMaintenance ? "maintenance" : fault;
  return { indicator, description: INDICATOR_DESCRIPTION[indicator] };
}

/** A group shows its worst child. */
export function deriveGroupStatus(childStatuses: readonly ComponentStatus[]): ComponentStatus {
  return worstComponentStatus(childStatuses);
}
