import { isMaintenanceUnderway } from "@/lib/maintenance/underway";
import { RECENT_LIMIT, type SnapshotMaintenance } from "./snapshot";

// The public page's rule (lib/status/queries.ts), so the API and the page list the same maintenance:
// maintenance is open until it completes or its window has passed.

type Window = Pick<SnapshotMaintenance, "status" | "scheduledFor" | "scheduledUntil">;

export function isOpenMaintenance(m: Window, asOf: Date): boolean {
  return m.status !== "completed" && m.scheduledUntil.getTime() >= asOf.getTime();
}

export function isUpcomingMaintenance(m: Window, asOf: Date): boolean {
  return isOpenMaintenance(m, asOf) && m.status === "scheduled";
}

export function isActiveMaintenance(m: Window, asOf: Date): boolean {
  return isOpenMaintenance(m, asOf) && isMaintenanceUnderway(m.status);
}

const soonestFirst = (a: Window, b: Window) => a.scheduledFor.getTime() - b.scheduledFor.getTime();

/** Open maintenance matching `keep`, soonest first, as summary.json, upcoming.json and active.json list it. */
export function openMaintenances<T extends Window>(list: readonly T[], asOf: Date, keep = isOpenMaintenance): T[] {
  return list.filter((m) => keep(m, asOf)).sort(soonestFirst);
}

/** The 50 most recent maintenances, completed ones too, latest scheduled start first. */
export function recentMaintenances<T extends Window>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => soonestFirst(b, a)).slice(0, RECENT_LIMIT);
}
