import { INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { isUnresolvedIncident } from "./unresolved";

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/*
 * Rules for posting an update, given the incident's current (derived) status:
 * - open (investigating, identified, monitoring): any of those or resolved may follow, backwards included (a regression);
 * - resolved: a resolved follow-up note, or reopening to investigating/identified/monitoring;
 * - postmortem: only a resolved follow-up note; the postmortem describes a finished incident, so a recurrence is a new incident;
 * - postmortem is never set by an update, only by publishing a postmortem (see checkPostmortemPublish).
 */
export function checkUpdateTransition(current: IncidentStatus, next: IncidentStatus): TransitionCheck {
  if (next === "postmortem") {
    return { ok: false, message: "An update can't set the postmortem status; publish a postmortem instead" };
  }
  if (current === "postmortem" && next !== "resolved") {
    return {
      ok: false,
      message: `This incident has a published postmortem, so it can't go back to ${INCIDENT_STATUS_LABEL[next].toLowerCase()}; open a new incident instead`,
    };
  }
  return { ok: true };
}

/** A postmortem is published on a resolved incident, or republished (edited) on one that already has it. */
export function checkPostmortemPublish(current: IncidentStatus): TransitionCheck {
  if (isUnresolvedIncident(current)) {
    return {
      ok: false,
      message: `The incident is still ${INCIDENT_STATUS_LABEL[current].toLowerCase()}; resolve it before publishing a postmortem`,
    };
  }
  return { ok: true };
}
