// Which reminders are due: pure, so the thresholds are tested without a clock or a store.

export interface QuietIncident {
  id: string;
  name: string;
  status: "investigating" | "identified" | "monitoring";
  impact: "none" | "minor" | "major" | "critical";
  lastUpdate: { id: string; postedAt: Date };
}

export interface UpcomingMaintenance {
  id: string;
  name: string;
  scheduledFor: Date;
  scheduledUntil: Date;
}

export type DueReminder =
  | { kind: "incident-quiet"; key: string; incident: QuietIncident }
  | { kind: "maintenance-start"; key: string; maintenance: UpcomingMaintenance };

const MINUTE = 60_000;

/**
 * An unresolved incident whose last update was posted `quietMinutes` ago or more; a scheduled maintenance starting
 * within `leadMinutes`. The key names the quiet period (the last update) or the start: a new update, or a moved
 * start, makes the next reminder due again; until then the same key is never sent twice.
 */
export function dueReminders(
  now: Date,
  { incidents, maintenances }: { incidents: QuietIncident[]; maintenances: UpcomingMaintenance[] },
  { quietMinutes, leadMinutes }: { quietMinutes: number; leadMinutes: number },
): DueReminder[] {
  const quiet = incidents
    .filter((i) => now.getTime() - i.lastUpdate.postedAt.getTime() >= quietMinutes * MINUTE)
    .map((incident): DueReminder => ({ kind: "incident-quiet", key: `incident-quiet:${incident.id}:${incident.lastUpdate.id}`, incident }));
  const starting = maintenances
    .filter((m) => m.scheduledFor.getTime() > now.getTime() && m.scheduledFor.getTime() - now.getTime() <= leadMinutes * MINUTE)
    .map(
      (maintenance): DueReminder => ({
        kind: "maintenance-start",
        key: `maintenance-start:${maintenance.id}:${maintenance.scheduledFor.toISOString()}`,
        maintenance,
      }),
    );
  return [...quiet, ...starting];
}
