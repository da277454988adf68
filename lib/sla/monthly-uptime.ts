import { type StatusChangePoint, uptimeSince } from "@/lib/status/uptime";

// The SLA report: each component's uptime per UTC calendar month, scheduled maintenance excluded. A component with
// monitors is measured from their hourly rollups (an hour that overlaps one of its maintenance windows is left out
// whole); one without monitors from its status history, where maintenance is already neither up nor down.

export const SLA_MONTHS = 12;
const HOUR_MS = 3_600_000;

export interface SlaComponentInput {
  id: string;
  name: string;
  startDate: Date;
  hasMonitors: boolean;
  /** Status history, used when the component has no monitors. */
  changes: StatusChangePoint[];
}

export interface HourlyRollup {
  componentId: string;
  periodStart: Date;
  checks: number;
  failures: number;
}

export interface MaintenanceWindow {
  componentIds: string[];
  from: Date;
  to: Date;
}

export interface SlaMonth {
  /** `2026-11` */
  month: string;
  /** Null when nothing was measured that month. */
  uptimePercent: number | null;
}

export interface SlaRow {
  componentId: string;
  componentName: string;
  source: "monitors" | "status_history";
  months: SlaMonth[];
}

export interface SlaReport {
  generatedAt: Date;
  months: string[];
  rows: SlaRow[];
}

/** The last `count` UTC calendar months up to and including `now`'s, oldest first. */
export function monthsEndingAt(now: Date, count = SLA_MONTHS): { key: string; from: Date; to: Date }[] {
  const months = [];
  for (let back = count - 1; back >= 0; back--) {
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    months.push({ key: from.toISOString().slice(0, 7), from, to: to < now ? to : now });
  }
  return months;
}

export function buildSlaReport(input: {
  components: SlaComponentInput[];
  rollups: HourlyRollup[];
  maintenance: MaintenanceWindow[];
  now: Date;
}): SlaReport {
  const months = monthsEndingAt(input.now);
  const rows = input.components.map((component): SlaRow => {
    const windows = input.maintenance.filter((w) => w.componentIds.includes(component.id));
    const inMaintenance = (hour: Date) =>
      windows.some((w) => w.from.getTime() < hour.getTime() + HOUR_MS && w.to.getTime() > hour.getTime());
    const rollups = input.rollups.filter((r) => r.componentId === component.id && !inMaintenance(r.periodStart));
    return {
      componentId: component.id,
      componentName: component.name,
      source: component.hasMonitors ? "monitors" : "status_history",
      months: months.map(({ key, from, to }) => ({
        month: key,
        uptimePercent: component.hasMonitors
          ? fromRollups(rollups.filter((r) => r.periodStart >= from && r.periodStart < to))
          : to > component.startDate
            ? uptimeSince({ changes: component.changes, startDate: component.startDate, from, now: to })
            : null,
      })),
    };
  });
  return { generatedAt: input.now, months: months.map((m) => m.key), rows };
}

function fromRollups(rollups: HourlyRollup[]): number | null {
  let checks = 0;
  let failures = 0;
  for (const r of rollups) {
    checks += r.checks;
    failures += r.failures;
  }
  return checks === 0 ? null : ((checks - failures) / checks) * 100;
}
