import "server-only";
import { maintenancePath } from "@/lib/core/public-paths";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { StatusPageView } from "@/lib/status/queries";

// What the /embed widget shows, cut from the same StatusPageView as the page so the two never disagree.

export type EmbedTheme = "light" | "dark" | "auto";

export type WidgetHeadline = {
  name: string;
  href: string;
  tone: IncidentImpact | "maintenance";
  text: string | null;
  /** How many more incidents or maintenances are active besides this one. */
  moreCount: number;
  /** The latest update's status, which the widget names in the reader's language. */
} & ({ kind: "incident"; status: IncidentStatus } | { kind: "maintenance"; status: MaintenanceStatus });

export interface WidgetView {
  pageName: string;
  indicator: StatusIndicator;
  description: string;
  headline: WidgetHeadline | null;
}

export function parseEmbedTheme(value: unknown): EmbedTheme {
  return value === "light" || value === "dark" ? value : "auto";
}

const IMPACT_RANK: Record<IncidentImpact, number> = { none: 0, minor: 1, major: 2, critical: 3 };
const EXCERPT_LENGTH = 160;

/** Markdown reduced to one line of plain text, for a preview that has no room for formatting. */
export function plainTextExcerpt(markdown: string, max = EXCERPT_LENGTH): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, "")
    .replace(/[*_~`]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The most severe active incident (the newest among equals), else maintenance in progress, else nothing. */
export function toWidgetView(view: Pick<StatusPageView, "page" | "overall" | "activeIncidents" | "activeMaintenances">): WidgetView {
  const { activeIncidents: incidents, activeMaintenances: maintenances } = view;
  const moreCount = incidents.length + maintenances.length - 1;
  let headline: WidgetHeadline | null = null;
  if (incidents.length > 0) {
    const worst = incidents.reduce((a, b) => (IMPACT_RANK[b.impact] > IMPACT_RANK[a.impact] ? b : a));
    const status = worst.latestUpdate?.status ?? worst.status;
    headline = {
      kind: "incident",
      name: worst.name,
      href: `/incidents/${worst.id}`,
      tone: worst.impact,
      status: status as IncidentStatus,
      text: worst.latestUpdate ? plainTextExcerpt(worst.latestUpdate.body) || null : null,
      moreCount,
    };
  } else if (maintenances.length > 0) {
    const maintenance = maintenances[0];
    headline = {
      kind: "maintenance",
      name: maintenance.name,
      href: maintenancePath(maintenance.id),
      tone: "maintenance",
      status: maintenance.status,
      text: maintenance.latestUpdate ? plainTextExcerpt(maintenance.latestUpdate.body) || null : null,
      moreCount,
    };
  }
  return { pageName: view.page.name, indicator: view.overall.indicator, description: view.overall.description, headline };
}
