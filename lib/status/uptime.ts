import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDay } from "@/lib/time/days";

// Per-day uptime of one component from its status history, weighted the way Statuspage weights it.

export interface StatusChangePoint {
  status: ComponentStatus;
  changedAt: Date;
}

export type DayLevel = "no_data" | "operational" | "maintenance" | "minor" | "major" | "critical";

export interface DayUptime {
  key: string;
  start: Date;
  end: Date;
  /** Minutes with a known, non-maintenance status. */
  observedMinutes: number;
  degradedMinutes: number;
  partialMinutes: number;
  majorMinutes: number;
  maintenanceMinutes: number;
  /** Major outage in full plus 30% of partial outage. */
  weightedDowntimeMinutes: number;
  /** Null when nothing was observed. */
  uptimePercent: number | null;
  level: DayLevel;
}

const MINUTE_MS = 60_000;

// A day with this much weighted downtime is coloured critical.
const CRITICAL_DOWNTIME_MINUTES = 30;

interface StatusSpan {
  status: ComponentStatus;
  from: number;
  to: number;
}

/** Each status holds from its change until the next change, or until `now`; nothing before `startDate` counts. */
function statusSpans(changes: readonly StatusChangePoint[], startDate: Date, now: Date): StatusSpan[] {
  const sorted = [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const floor = startDate.getTime();
  const ceiling = now.getTime();
  const spans: StatusSpan[] = [];
  sorted.forEach((change, index) => {
    const next = sorted[index + 1];
    const from = Math.max(change.changedAt.getTime(), floor);
    const to = Math.min(next ? next.changedAt.getTime() : ceiling, ceiling);
    if (to > from) spans.push({ status: change.status, from, to });
  });
  return spans;
}

function minutesOverlapping(span: StatusSpan, from: number, to: number): number {
  return Math.max(0, Math.min(span.to, to) - Math.max(span.from, from)) / MINUTE_MS;
}

// Partial outage counts 30%; written as ×3/10 so whole minutes stay exact (60 → 18, not 18.000000000000004).
function weightedDowntime(majorMinutes: number, partialMinutes: number): number {
  return majorMinutes + (partialMinutes * 3) / 10;
}

function uptimePercent(observedMinutes: number, weightedDowntimeMinutes: number): number | null {
  if (observedMinutes <= 0) return null;
  return ((observedMinutes - weightedDowntimeMinutes) / observedMinutes) * 100;
}

function dayLevel(day: Omit<DayUptime, "level" | "uptimePercent" | "key" | "start" | "end">): DayLevel {
  if (day.observedMinutes <= 0 && day.maintenanceMinutes <= 0) return "no_data";
  if (day.weightedDowntimeMinutes >= CRITICAL_DOWNTIME_MINUTES) return "critical";
  if (day.weightedDowntimeMinutes > 0) return "major";
  if (day.degradedMinutes > 0) return "minor";
  if (day.maintenanceMinutes > 0) return "maintenance";
  return "operational";
}

/** `calendar` is `calendarDays(now, …)` in the page's time zone, made once for all components. */
export function computeDailyUptime(args: {
  changes: StatusChangePoint[];
  startDate: Date;
  now: Date;
  calendar: readonly CalendarDay[];
}): DayUptime[] {
  const spans = statusSpans(args.changes, args.startDate, args.now);
  return args.calendar.map(({ key, start, end }) => {
    const from = start.getTime();
    const to = end.getTime();
    const minutes: Record<ComponentStatus, number> = {
      operational: 0,
      degraded_performance: 0,
      partial_outage: 0,
      major_outage: 0,
      under_maintenance: 0,
    };
    for (const span of spans) minutes[span.status] += minutesOverlapping(span, from, to);

    const totals = {
      // Planned maintenance is left out of observed time: it is neither uptime nor downtime.
      observedMinutes: minutes.operational + minutes.degraded_performance + minutes.partial_outage + minutes.major_outage,
      degradedMinutes: minutes.degraded_performance,
      partialMinutes: minutes.partial_outage,
      majorMinutes: minutes.major_outage,
      maintenanceMinutes: minutes.under_maintenance,
      weightedDowntimeMinutes: weightedDowntime(minutes.major_outage, minutes.partial_outage),
    };
    return {
      key,
      start,
      end,
      ...totals,
      uptimePercent: uptimePercent(totals.observedMinutes, totals.weightedDowntimeMinutes),
      level: dayLevel(totals),
    };
  });
}

/** Uptime over the whole window, weighted by observed minutes; null when nothing was observed. */
export function summarizeUptime(days: readonly DayUptime[]): number | null {
  let observed = 0;
  let downtime = 0;
  for (const day of days) {
    observed += day.observedMinutes;
    downtime += day.weightedDowntimeMinutes;
  }
  return uptimePercent(observed, downtime);
}

/** Uptime between `from` and `now` from the status history, weighted as the daily bars are (the page's 24 h figure). */
export function uptimeSince(args: { changes: StatusChangePoint[]; startDate: Date; from: Date; now: Date }): number | null {
  const minutes = { observed: 0, partial: 0, major: 0 };
  for (const span of statusSpans(args.changes, args.startDate, args.now)) {
    const overlap = minutesOverlapping(span, args.from.getTime(), args.now.getTime());
    if (span.status !== "under_maintenance") minutes.observed += overlap;
    if (span.status === "partial_outage") minutes.partial += overlap;
    if (span.status === "major_outage") minutes.major += overlap;
  }
  return uptimePercent(minutes.observed, weightedDowntime(minutes.major, minutes.partial));
}
