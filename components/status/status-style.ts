// Colours of statuses, shared by every component that shows one (Tailwind classes, light and dark).

import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { ComponentStatus, IncidentImpact } from "@/lib/generated/prisma/enums";

export const COMPONENT_STATUS_TEXT: Record<ComponentStatus, string> = {
  operational: "text-emerald-700 dark:text-emerald-400",
  degraded_performance: "text-amber-700 dark:text-amber-300",
  partial_outage: "text-orange-700 dark:text-orange-400",
  major_outage: "text-red-700 dark:text-red-400",
  under_maintenance: "text-sky-700 dark:text-sky-400",
};

export const COMPONENT_STATUS_DOT: Record<ComponentStatus, string> = {
  operational: "bg-emerald-500",
  degraded_performance: "bg-amber-400",
  partial_outage: "bg-orange-500",
  major_outage: "bg-red-600",
  under_maintenance: "bg-sky-500",
};

export const INDICATOR_BANNER: Record<StatusIndicator, string> = {
  none: "bg-emerald-700 text-white",
  minor: "bg-amber-400 text-zinc-950",
  major: "bg-orange-700 text-white",
  critical: "bg-red-700 text-white",
  maintenance: "bg-sky-700 text-white",
};

export const IMPACT_TEXT: Record<IncidentImpact, string> = {
  none: "text-zinc-900 dark:text-zinc-100",
  minor: "text-amber-700 dark:text-amber-300",
  major: "text-orange-700 dark:text-orange-400",
  critical: "text-red-700 dark:text-red-400",
};

export const IMPACT_BORDER: Record<IncidentImpact, string> = {
  none: "border-s-zinc-400",
  minor: "border-s-amber-400",
  major: "border-s-orange-500",
  critical: "border-s-red-600",
};
