import type { ModelLocationResponsePeriod, PublicModel } from "@/lib/public-model/model";
import { fillPeriods, RANGE_BUCKETS, type ResponseTimePoint, type ResponseTimeRange, rangePeriodStarts } from "./response-time-range";

// A component's response times per probe location, beside the "all locations" series (lib/monitors/response-times.ts).

export interface LocationResponseSeries {
  location: string;
  points: ResponseTimePoint[];
}

/**
 * One series per location that reported for the component within the range, by location name; none for a
 * component checked from one place, nor for the daily (30 d) range, which the model keeps for all locations only.
 */
export function locationSeriesOf(
  periods: readonly ModelLocationResponsePeriod[],
  componentId: string,
  range: ResponseTimeRange,
  now: Date,
): LocationResponseSeries[] {
  if (RANGE_BUCKETS[range].granularity !== "hour") return [];
  const starts = rangePeriodStarts(range, now);
  const [first, last] = [starts[0].getTime(), starts[starts.length - 1].getTime()];
  const byLocation = new Map<string, ModelLocationResponsePeriod[]>();
  for (const period of periods) {
    const at = period.periodStart.getTime();
    if (period.componentId !== componentId || at < first || at > last) continue;
    byLocation.set(period.locationName, [...(byLocation.get(period.locationName) ?? []), period]);
  }
  if (byLocation.size < 2) return [];
  return [...byLocation]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([location, rows]) => ({ location, points: fillPeriods(starts, rows) }));
}

/** The series of the model's component, or none when the model holds no per-location periods. */
export function locationSeriesOfModel(model: PublicModel, componentId: string, range: ResponseTimeRange, now: Date) {
  return locationSeriesOf(model.locationResponsePeriods ?? [], componentId, range, now);
}
