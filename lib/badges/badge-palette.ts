import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";

// The badge's words and colours for each status: the public page's banner colours (Tailwind 700s, amber-400 for
// degraded, whose dark text badge-maker picks itself), so a badge looks like the page it links to.

export type BadgeStatus = "operational" | "degraded" | "partial_outage" | "major_outage" | "maintenance";

export const BADGE_COLOR = {
  operational: "#047857",
  degraded: "#fbbf24",
  partial_outage: "#c2410c",
  major_outage: "#b91c1c",
  maintenance: "#0369a1",
  /** Unknown component, no data, store unavailable, invalid query. */
  neutral: "#6e7781",
} as const;

export const BADGE_MESSAGE: Record<BadgeStatus, string> = {
  operational: "operational",
  degraded: "degraded",
  partial_outage: "partial outage",
  major_outage: "major outage",
  maintenance: "maintenance",
};

/** Shields' own label grey, and a near-black for dark READMEs. */
export const LABEL_COLOR = { light: "#555555", dark: "#24292f" } as const;

const FROM_COMPONENT: Record<ComponentStatus, BadgeStatus> = {
  operational: "operational",
  degraded_performance: "degraded",
  partial_outage: "partial_outage",
  major_outage: "major_outage",
  under_maintenance: "maintenance",
};

// The engine's indicator ranks faults the way Statuspage does: minor is degraded, critical is a major outage.
const FROM_INDICATOR: Record<StatusIndicator, BadgeStatus> = {
  none: "operational",
  minor: "degraded",
  major: "partial_outage",
  critical: "major_outage",
  maintenance: "maintenance",
};

export interface BadgeFace {
  label: string;
  message: string;
  color: string;
}

export function componentBadgeStatus(status: ComponentStatus): BadgeStatus {
  return FROM_COMPONENT[status];
}

export function indicatorBadgeStatus(indicator: StatusIndicator): BadgeStatus {
  return FROM_INDICATOR[indicator];
}

export function statusFace(label: string, status: BadgeStatus): BadgeFace {
  return { label, message: BADGE_MESSAGE[status], color: BADGE_COLOR[status] };
}

/** A grey badge that says what went wrong ("unknown", "unavailable", "invalid style"). */
export function neutralFace(label: string, message: string): BadgeFace {
  return { label, message, color: BADGE_COLOR.neutral };
}
