import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { isMaintenanceUnderway } from "./underway";

/**
 * What an update does to the maintenance's components:
 * - "start": the work begins, so they go under maintenance;
 * - "finish": the work is over, so they return to the status they had before;
 * - "none": a note, a step within the work, or calling off maintenance that never started.
 */
export type ComponentEffect = "start" | "finish" | "none";

export type MaintenanceTransition = { ok: true; effect: ComponentEffect } | { ok: false; message: string };

/*
 * Rules for posting an update, given the maintenance's current status:
 * - scheduled: a scheduled note, in progress (starts it) or completed (calls it off; nothing was under maintenance);
 * - in progress or verifying: either of those, back and forth, or completed (finishes it);
 * - completed: nothing; schedule new maintenance instead.
 */
export function checkMaintenanceTransition(current: MaintenanceStatus, next: MaintenanceStatus): MaintenanceTransition {
  if (current === "completed") {
    return { ok: false, message: "This maintenance has completed; schedule new maintenance instead" };
  }
  if (current === "scheduled") {
    if (next === "verifying") {
      return { ok: false, message: "Maintenance that has not started can't be verifying; post in progress first" };
    }
    return { ok: true, effect: next === "in_progress" ? "start" : "none" };
  }
  if (next === "scheduled") {
    return {
      ok: false,
      message: `This maintenance is already ${MAINTENANCE_STATUS_LABEL[current].toLowerCase()}, so it can't go back to scheduled`,
    };
  }
  return { ok: true, effect: next === "completed" && isMaintenanceUnderway(current) ? "finish" : "none" };
}
