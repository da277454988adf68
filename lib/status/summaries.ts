import type { IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { IncidentSummaryView, MaintenanceView, UpdateView } from "./status-page-view";

// How the status page sums up an incident and a maintenance window, whether they come from the public read model
// or straight from the store (the admin dashboard): one mapping, so the two cannot show them differently.

/** The newest of `updates` (newest first), as the page shows it. */
export function latestUpdateOf(updates: readonly UpdateView[]): UpdateView | null {
  const u = updates[0];
  return u ? { status: u.status, body: u.body, displayAt: u.displayAt } : null;
}

export function incidentSummaryOf(
  incident: {
    id: string;
    name: string;
    impact: IncidentSummaryView["impact"];
    status: IncidentStatus;
    startedAt: Date;
    resolvedAt: Date | null;
    updates: readonly UpdateView[];
  },
  componentIds: readonly string[],
): IncidentSummaryView & { componentIds: readonly string[] } {
  return {
    id: incident.id,
    name: incident.name,
    impact: incident.impact,
    status: incident.status,
    startedAt: incident.startedAt,
    resolvedAt: incident.resolvedAt,
    latestUpdate: latestUpdateOf(incident.updates),
    componentIds,
  };
}

export function maintenanceSummaryOf(
  window: { id: string; name: string; status: MaintenanceStatus; scheduledFor: Date; scheduledUntil: Date; updates: readonly UpdateView[] },
  componentNames: string[],
): MaintenanceView {
  return {
    id: window.id,
    name: window.name,
    status: window.status,
    scheduledFor: window.scheduledFor,
    scheduledUntil: window.scheduledUntil,
    componentNames,
    latestUpdate: latestUpdateOf(window.updates),
    announcement: latestUpdateOf(window.updates.slice(-1)),
  };
}
