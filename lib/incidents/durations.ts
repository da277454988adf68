// How long an incident took to identify and to resolve, for the incident page and postmortems.

export interface IncidentTimeline {
  startedAt: Date;
  identifiedAt: Date | null;
  resolvedAt: Date | null;
}

export interface IncidentDurations {
  /** started → identified; null until identified. */
  timeToIdentifyMs: number | null;
  /** identified → resolved; null until both happened. */
  timeToResolveMs: number | null;
  /** started → resolved, or → now while the incident is open. */
  totalMs: number;
  ongoing: boolean;
}

// Clamped at zero so a backdated or mistyped timestamp never shows a negative duration.
function between(from: Date, to: Date): number {
  return Math.max(0, to.getTime() - from.getTime());
}

export function incidentDurations(incident: IncidentTimeline, now: Date): IncidentDurations {
  const { startedAt, identifiedAt, resolvedAt } = incident;
  return {
    timeToIdentifyMs: identifiedAt ? between(startedAt, identifiedAt) : null,
    timeToResolveMs: identifiedAt && resolvedAt ? between(identifiedAt, resolvedAt) : null,
    totalMs: between(startedAt, resolvedAt ?? now),
    ongoing: resolvedAt === null,
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45 s", "5 min", "1 h 3 min", "2 d 4 h": the two largest units, rounded down so 59 min 59 s never reads as an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, ms);
  if (total < MINUTE) return `${Math.floor(total / SECOND)} s`;
  if (total < HOUR) return `${Math.floor(total / MINUTE)} min`;
  if (total < DAY) {
    const hours = Math.floor(total / HOUR);
    const minutes = Math.floor((total % HOUR) / MINUTE);
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
}
