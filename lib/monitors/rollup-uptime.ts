import type { DayLevel, DayUptime } from "@/lib/status/uptime";

// Uptime of a monitored component from its monitors' check counts: the share of checks that passed.

export interface CheckTotals {
  checks: number;
  failures: number;
}

const MINUTE_MS = 60_000;

/** Null when no check ran. */
export function checksUptimePercent(totals: CheckTotals): number | null {
  if (totals.checks <= 0) return null;
  return ((totals.checks - totals.failures) / totals.checks) * 100;
}

export function addTotals(a: CheckTotals, b: CheckTotals): CheckTotals {
  return { checks: a.checks + b.checks, failures: a.failures + b.failures };
}

// Failed checks become downtime in proportion; a stray failed check (under a minute) is a blip, not an outage.
function levelOf(downtimeMinutes: number): DayLevel {
  if (downtimeMinutes >= 30) return "critical";
  if (downtimeMinutes >= 1) return "major";
  if (downtimeMinutes > 0) return "minor";
  return "operational";
}

/**
 * A day as its monitors saw it: the elapsed part of the day counts as observed, and failed checks count as
 * their share of it, so the 90-day summary weighs these days like the history's.
 */
export function dayFromChecks(day: DayUptime, totals: CheckTotals, now: Date): DayUptime {
  const observedMinutes = Math.max(0, Math.min(day.end.getTime(), now.getTime()) - day.start.getTime()) / MINUTE_MS;
  const downtime = (observedMinutes * totals.failures) / totals.checks;
  return {
    ...day,
    observedMinutes,
    degradedMinutes: 0,
    partialMinutes: 0,
    majorMinutes: downtime,
    weightedDowntimeMinutes: downtime,
    uptimePercent: checksUptimePercent(totals),
    level: levelOf(downtime),
  };
}

/** Days on which the monitors ran use their checks; other days (before the first monitor, paused) keep the history's. */
export function mergeMonitorDays(historyDays: DayUptime[], totalsByDay: ReadonlyMap<string, CheckTotals>, now: Date): DayUptime[] {
  return historyDays.map((day) => {
    const totals = totalsByDay.get(day.key);
    return totals && totals.checks > 0 ? dayFromChecks(day, totals, now) : day;
  });
}

const HALF_DAY_MS = 12 * 3_600_000;

/**
 * Daily rollups keyed by the page's calendar day. A rollup day that is not the page's (UTC days on a page in
 * another time zone) counts on the page day holding most of it: the one its midpoint falls on.
 */
export function totalsByPageDay(
  rows: readonly { periodStart: Date; checks: number; failures: number }[],
  dayKeyOf: (instant: Date) => string,
): Map<string, CheckTotals> {
  const byDay = new Map<string, CheckTotals>();
  for (const row of rows) {
    const key = dayKeyOf(new Date(row.periodStart.getTime() + HALF_DAY_MS));
    byDay.set(key, addTotals(byDay.get(key) ?? { checks: 0, failures: 0 }, row));
  }
  return byDay;
}
