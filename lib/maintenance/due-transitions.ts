import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { isMaintenanceUnderway } from "./underway";

export interface DueCandidate {
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  autoStart: boolean;
  autoComplete: boolean;
}

export interface DueTransitions<M> {
  /** Scheduled, set to start by itself, and its window has begun. */
  start: M[];
  /** Underway (or, when it also starts by itself, still scheduled) with its window over, set to complete by itself. */
  complete: M[];
}

/**
 * Which maintenances Beacon moves on by itself at `now`. A scheduled maintenance whose whole window passed
 * (Beacon was down through it) completes directly: starting and finishing at the same instant would only add noise.
 * Autocomplete never finishes maintenance that never started unless it would also have started by itself.
 */
export function dueTransitions<M extends DueCandidate>(maintenances: readonly M[], now: Date): DueTransitions<M> {
  const due: DueTransitions<M> = { start: [], complete: [] };
  const t = now.getTime();
  for (const m of maintenances) {
    const begun = m.scheduledFor.getTime() <= t;
    const over = m.scheduledUntil.getTime() <= t;
    if (m.status === "scheduled" && m.autoStart && begun) {
      (over && m.autoComplete ? due.complete : due.start).push(m);
    } else if (isMaintenanceUnderway(m.status) && m.autoComplete && over) {
      due.complete.push(m);
    }
  }
  return due;
}
