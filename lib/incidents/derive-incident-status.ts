import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { isUnresolvedIncident } from "./unresolved";

export interface UpdateTiming {
  status: IncidentStatus;
  displayAt: Date;
  createdAt: Date;
}

export interface DerivedIncidentStatus {
  status: IncidentStatus;
  identifiedAt: Date | null;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
}

// Timeline order: when the update says it happened, then when it was written (two updates in the same minute).
function byTimeline(a: UpdateTiming, b: UpdateTiming) {
  return a.displayAt.getTime() - b.displayAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime();
}

function firstWithStatus(timeline: readonly UpdateTiming[], status: IncidentStatus): Date | null {
  return timeline.find((update) => update.status === status)?.displayAt ?? null;
}

/**
 * The incident's status and milestones, derived from all its updates so that a back-dated update
 * takes its place in the timeline instead of overriding the latest one.
 */
export function deriveIncidentStatus(updates: readonly UpdateTiming[], options: { postmortemPublished: boolean }): DerivedIncidentStatus {
  const timeline = [...updates].sort(byTimeline);
  const latest = timeline.at(-1);
  if (!latest) return { status: "investigating", identifiedAt: null, monitoringAt: null, resolvedAt: null };

  const closed = !isUnresolvedIncident(latest.status);
  // A reopened incident is resolved when its last run of resolved updates began, not at its first resolution.
  let resolvedFrom = timeline.length - 1;
  while (closed && resolvedFrom > 0 && !isUnresolvedIncident(timeline[resolvedFrom - 1].status)) resolvedFrom--;

  return {
    status: closed && options.postmortemPublished ? "postmortem" : latest.status,
    identifiedAt: firstWithStatus(timeline, "identified"),
    monitoringAt: firstWithStatus(timeline, "monitoring"),
    resolvedAt: closed ? timeline[resolvedFrom].displayAt : null,
  };
}
