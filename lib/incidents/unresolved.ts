import type { IncidentStatus } from "@/lib/generated/prisma/enums";

// An incident is unresolved until an update resolves it (a postmortem comes after that): it is shown as current,
// counts toward the page's status and holds the components it affects.

export const UNRESOLVED_INCIDENT_STATUSES = ["investigating", "identified", "monitoring"] as const satisfies readonly IncidentStatus[];

export type UnresolvedIncidentStatus = (typeof UNRESOLVED_INCIDENT_STATUSES)[number];

export function isUnresolvedIncident(status: IncidentStatus): status is UnresolvedIncidentStatus {
  return (UNRESOLVED_INCIDENT_STATUSES as readonly IncidentStatus[]).includes(status);
}

/** The same rule as a database filter on Incident.status. */
export function unresolvedIncidentStatus(): { in: IncidentStatus[] } {
  return { in: [...UNRESOLVED_INCIDENT_STATUSES] };
}
