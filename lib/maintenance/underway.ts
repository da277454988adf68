import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";

// Maintenance is underway from the moment the work begins until it completes: its components are under maintenance.

export const UNDERWAY_MAINTENANCE_STATUSES = ["in_progress", "verifying"] as const satisfies readonly MaintenanceStatus[];

export function isMaintenanceUnderway(status: MaintenanceStatus): boolean {
  return (UNDERWAY_MAINTENANCE_STATUSES as readonly MaintenanceStatus[]).includes(status);
}

/** The same rule as a database filter on ScheduledMaintenance.status. */
export function underwayMaintenanceStatus(): { in: MaintenanceStatus[] } {
  return { in: [...UNDERWAY_MAINTENANCE_STATUSES] };
}
