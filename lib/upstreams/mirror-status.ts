import { worstComponentStatus } from "@/lib/core/status-vocabulary";
import type { ComponentStatus, UpstreamMirrorKind } from "@/lib/generated/prisma/enums";
import type { UpstreamIncident, UpstreamSummary } from "./summary";

// How a mirror reads an upstream summary: Statuspage's component statuses are Beacon's five; anything else,
// a component gone from the page, or no summary at all is unknown (null), never an outage.

const KNOWN_STATUSES = new Set<string>(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

const INDICATOR_STATUS: Record<string, ComponentStatus> = {
  none: "operational",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
  maintenance: "under_maintenance",
};

export interface MirrorTarget {
  kind: UpstreamMirrorKind;
  /** The upstream component's or group's id; null for the page indicator. */
  upstreamRef: string | null;
}

export interface MirrorReading {
  /** Null: unknown (unreachable upstream, garbage, a status Beacon can't map, a component that is gone). */
  status: ComponentStatus | null;
  /** The vendor's newest unresolved incident that affects what is mirrored. */
  incident: UpstreamIncident | null;
}

export function upstreamComponentStatus(status: string): ComponentStatus | null {
  return KNOWN_STATUSES.has(status) ? (status as ComponentStatus) : null;
}

export function isUnresolvedUpstreamIncident(incident: Pick<UpstreamIncident, "status">): boolean {
  return incident.status !== "resolved" && incident.status !== "postmortem" && incident.status !== "completed";
}

/** The status and incident a mirror shows, from the latest summary (null when the upstream could not be read). */
export function readMirror(summary: UpstreamSummary | null, target: MirrorTarget): MirrorReading {
  if (!summary) return { status: null, incident: null };
  const unresolved = summary.incidents.filter(isUnresolvedUpstreamIncident);
  if (target.kind === "page") {
    return { status: INDICATOR_STATUS[summary.indicator] ?? null, incident: unresolved[0] ?? null };
  }
  const entry = summary.components.find((c) => c.id === target.upstreamRef);
  if (!entry) return { status: null, incident: null };
  const ids = target.kind === "group" ? new Set([entry.id, ...entry.memberIds]) : new Set([entry.id]);
  const incident = unresolved.find((i) => i.componentIds.some((id) => ids.has(id))) ?? null;
  if (target.kind === "component") return { status: upstreamComponentStatus(entry.status), incident };
  const members = summary.components.filter((c) => entry.memberIds.includes(c.id)).map((c) => upstreamComponentStatus(c.status));
  const statuses = members.length > 0 ? members : [upstreamComponentStatus(entry.status)];
  // One member Beacon cannot read makes the group's worst unknowable, unless another member is already worse.
  const known = statuses.filter((s): s is ComponentStatus => s !== null);
  if (known.length === 0) return { status: null, incident };
  const worst = worstComponentStatus(known);
  return { status: known.length < statuses.length && worst === "operational" ? null : worst, incident };
}
