import { z } from "zod";

// The ranges the public response-time chart offers, and the rollup each one reads.

export const RESPONSE_TIME_RANGES = ["24h", "7d", "30d"] as const;
export type ResponseTimeRange = (typeof RESPONSE_TIME_RANGES)[number];

export const responseTimeQuery = z.object({
  range: z.enum(RESPONSE_TIME_RANGES, { error: "range must be 24h, 7d or 30d" }).default("24h"),
});

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const RANGE_BUCKETS: Record<ResponseTimeRange, { granularity: "hour" | "day"; count: number; stepMs: number }> = {
  "24h": { granularity: "hour", count: 24, stepMs: HOUR_MS },
  "7d": { granularity: "hour", count: 7 * 24, stepMs: HOUR_MS },
  "30d": { granularity: "day", count: 30, stepMs: DAY_MS },
};

/** The period starts a range covers, oldest first, ending with the (UTC) hour or day under way. */
export function rangePeriodStarts(range: ResponseTimeRange, now: Date): Date[] {
  const { count, stepMs } = RANGE_BUCKETS[range];
  const current = Math.floor(now.getTime() / stepMs) * stepMs;
  return Array.from({ length: count }, (_, index) => new Date(current - (count - 1 - index) * stepMs));
}

export interface ResponseTimePoint {
  /** ISO start of the hour or UTC day. */
  start: string;
  /** Null when no check in the period measured a response time. */
  p50Ms: number | null;
  p95Ms: number | null;
  checks: number;
  failures: number;
}

export interface PeriodRow {
  periodStart: Date;
  checks: number;
  failures: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

/** Every period of the range, empty ones included, so a chart shows gaps where nothing was measured. */
export function fillPeriods(starts: readonly Date[], rows: readonly PeriodRow[]): ResponseTimePoint[] {
  const byStart = new Map(rows.map((row) => [row.periodStart.getTime(), row]));
  return starts.map((start) => {
    const row = byStart.get(start.getTime());
    return {
      start: start.toISOString(),
      p50Ms: row?.p50Ms ?? null,
      p95Ms: row?.p95Ms ?? null,
      checks: row?.checks ?? 0,
      failures: row?.failures ?? 0,
    };
  });
}
