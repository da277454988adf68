import type { LocationResponseSeries } from "@/lib/monitors/location-response-times";

// The per-location series as rows a line chart reads: one row per period, one key per location (its p50).

/** Distinct on white and on zinc-900, and apart from each other; cycled past eight locations. */
export const LOCATION_COLORS = ["#0ea5e9", "#f97316", "#22c55e", "#a855f7", "#eab308", "#ec4899", "#14b8a6", "#6366f1"];

export type LocationChartRow = { start: string } & Record<string, number | string | null>;

/** Keys are `loc:<index>` so a location named "start" cannot clash with the period's key. */
export const locationKey = (index: number) => `loc:${index}`;

export function locationChartRows(series: readonly LocationResponseSeries[]): LocationChartRow[] {
  const first = series[0];
  if (!first) return [];
  return first.points.map((point, index) => {
    const row: LocationChartRow = { start: point.start };
    series.forEach((s, k) => {
      row[locationKey(k)] = s.points[index]?.p50Ms ?? null;
    });
    return row;
  });
}
