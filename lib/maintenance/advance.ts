import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { ComponentStatusMove } from "@/lib/components/write-status";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addMaintenanceUpdate } from "./add-update";
import { dueTransitions } from "./due-transitions";
import { addDueOccurrences } from "./occurrences";

/** Who the audit log names for what the scheduler does. */
export const MAINTENANCE_SCHEDULER: Actor = { type: "system", id: null, label: "Beacon maintenance scheduler" };
export const STARTED_MESSAGE = "Scheduled maintenance is in progress.";
export const COMPLETED_MESSAGE = "Scheduled maintenance has completed.";

export interface AdvancedMaintenance {
  id: string;
  name: string;
  componentChanges: ComponentStatusMove[];
}
export interface MaintenanceAdvance {
  /** Occurrences of recurring maintenance added as the horizon moved on. */
  added: AdvancedMaintenance[];
  started: AdvancedMaintenance[];
  completed: AdvancedMaintenance[];
  /** Maintenances that were due but could not be moved on this time. */
  failed: { id: string; error: unknown }[];
}

type Transition = "start" | "complete";

const DUE_FIELDS = {
  id: true,
  name: true,
  status: true,
  scheduledFor: true,
  scheduledUntil: true,
  autoStart: true,
  autoComplete: true,
} as const;

/**
 * Adds the occurrences of recurring maintenance that came within the horizon, then starts and completes the
 * maintenances due at `now`, each in its own transaction, posting the system update, moving their components and
 * auditing as the scheduler. Safe to run from several processes at once.
 */
export async function advanceDueMaintenances(now = new Date()): Promise<MaintenanceAdvance> {
  const prisma = await getPrisma();
  const done: MaintenanceAdvance = { added: [], started: [], completed: [], failed: [] };
  const series = await prisma.scheduledMaintenance.findMany({ where: { recurrence: { not: null } }, select: { id: true } });
  for (const { id } of series) {
    try {
      const added = await prisma.$transaction((tx) => addOccurrencesClaimed(tx, id, now), { timeout: 15_000 });
      for (const m of added) done.added.push({ id: m.id, name: m.name, componentChanges: [] });
    } catch (error) {
      done.failed.push({ id, error });
    }
  }
  // A cheap unlocked look first; each candidate is decided again once claimed.
  const candidates = await prisma.scheduledMaintenance.findMany({
    where: { status: { not: "completed" }, scheduledFor: { lte: now } },
    select: DUE_FIELDS,
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
  });
  const due = dueTransitions(candidates, now);
  // One maintenance per transaction: its components lock in id order, so two processes never deadlock.
  // One that fails (the store hiccups) must not hold back the others; failures are reported, and retried next time.
  for (const { id } of [...due.start, ...due.complete]) {
    try {
      const result = await prisma.$transaction((tx) => advanceClaimed(tx, id, now), { timeout: 15_000 });
      if (result) (result.transition === "start" ? done.started : done.completed).push(result.advanced);
    } catch (error) {
      done.failed.push({ id, error });
    }
  }
  return done;
}

/** Claims a series' first occurrence (SKIP LOCKED: another process holding it is already on it) and adds what is due. */
async function addOccurrencesClaimed(tx: Prisma.TransactionClient, seriesId: string, now: Date) {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ScheduledMaintenance" WHERE id = ${seriesId} FOR UPDATE SKIP LOCKED`;
  if (claimed.length === 0) return [];
  return addDueOccurrences({ actor: MAINTENANCE_SCHEDULER, db: tx, now }, seriesId);
}

/**
 * Claims one maintenance with SKIP LOCKED (another process holding it is already on it), re-decides under the
 * lock (it may have just been moved on) and posts the update. Null when there was nothing to do.
 */
async function advanceClaimed(
  tx: Prisma.TransactionClient,
  maintenanceId: string,
  now: Date,
): Promise<{ transition: Transition; advanced: AdvancedMaintenance } | null> {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ScheduledMaintenance" WHERE id = ${maintenanceId} FOR UPDATE SKIP LOCKED`;
  if (claimed.length === 0) return null;
  const current = await tx.scheduledMaintenance.findUniqueOrThrow({ where: { id: maintenanceId }, select: DUE_FIELDS });
  const due = dueTransitions([current], now);
  const transition: Transition | null = due.start.length > 0 ? "start" : due.complete.length > 0 ? "complete" : null;
  if (!transition) return null;

  const update =
    transition === "start"
      ? { status: "in_progress" as const, message: STARTED_MESSAGE }
      : { status: "completed" as const, message: COMPLETED_MESSAGE };
  const result = await addMaintenanceUpdate({ actor: MAINTENANCE_SCHEDULER, db: tx, now }, maintenanceId, update);
  // The row is locked and the decision allows this move, so posting can't fail; if it ever does, it is a bug.
  if (!result.ok) throw new Error(`advancing maintenance ${maintenanceId} failed: ${result.error.message}`);
  return {
    transition,
    advanced: { id: maintenanceId, name: current.name, componentChanges: result.data.update.componentChanges },
  };
}
