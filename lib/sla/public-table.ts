import type { SlaReport } from "./monthly-uptime";

// What the public page's SLA table shows: the SLA report's months and the page's showcase components, in the
// page's order. Pure, from the public read model, so the page never reads the store for it.

export interface PublicSlaTable {
  /** Oldest first: `{ key: "2026-11", label: "Nov 2026" }`. */
  months: { key: string; label: string }[];
  rows: { componentId: string; name: string; uptimePercent: (number | null)[] }[];
}

interface ShownComponent {
  id: string;
  name: string;
  showcase: boolean;
}

const MONTH_LABEL = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** The table for `components` (already in page order); null when there is no report or nothing to show. */
export function publicSlaTable(report: SlaReport | null | undefined, components: readonly ShownComponent[]): PublicSlaTable | null {
  if (!report) return null;
  const byId = new Map(report.rows.map((row) => [row.componentId, row]));
  const rows = components
    .filter((c) => c.showcase && byId.has(c.id))
    .map((c) => {
      const months = new Map(byId.get(c.id)!.months.map((m) => [m.month, m.uptimePercent]));
      return { componentId: c.id, name: c.name, uptimePercent: report.months.map((key) => months.get(key) ?? null) };
    });
  if (rows.length === 0) return null;
  const months = report.months.map((key) => ({ key, label: MONTH_LABEL.format(new Date(`${key}-01T00:00:00Z`)) }));
  return { months, rows };
}
