import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";

// The words a status page shows for each state, in one place so every surface says the same thing.

export const COMPONENT_STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

export const INCIDENT_STATUS_LABEL: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
};

export const MAINTENANCE_STATUS_LABEL: Record<MaintenanceStatus, string> = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

export const IMPACT_LABEL: Record<IncidentImpact, string> = {
  none: "None",
  minor: "Minor",
  major: "Major",
  critical: "Critical",
};

/** The page-wide indicator, as Statuspage's status API names it. */
export type StatusIndicator = "none" | "minor" | "major" | "critical" | "maintenance";

// Statuspage's exact wording, so badges and API consumers built for it read Beacon unchanged.
export const INDICATOR_DESCRIPTION: Record<StatusIndicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major Service Outage",
  maintenance: "Service Under Maintenance",
};

// Planned maintenance ranks just above operational: worth showing, but never worse than a real fault.
const COMPONENT_SEVERITY: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function componentSeverity(status: ComponentStatus): number {
  return COMPONENT_SEVERITY[status];
}

/** The most severe of the statuses; operational when there are none. */
export function worstComponentStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  let worst: ComponentStatus = "operational";
  for (const status of statuses) {
    if (componentSeverity(status) > componentSeverity(worst)) worst = status;
  }
  return worst;
}
