import type { PublicModel } from "@/lib/public-model/model";
import { type LocationResponseSeries, locationSeriesOfModel } from "./location-response-times";
import { fillPeriods, RANGE_BUCKETS, type ResponseTimePoint, type ResponseTimeRange, rangePeriodStarts } from "./response-time-range";

// A component's response times over a range, from the public read model (its rollups of the last 7 and 30 days).

export interface ResponseTimeSeries {
  component: { id: string; name: string };
  range: ResponseTimeRange;
  granularity: "hour" | "day";
  /** False when the component has no monitors: the points are then all empty. */
  monitored: boolean;
  points: ResponseTimePoint[];
  /** The same per probe location (hourly ranges, components checked from several places); empty otherwise. */
  locations: LocationResponseSeries[];
}

/**
 * The series for the public component `ref` (id or slug); null when the page does not show such a component.
 * With several monitors, a period's p50 and p95 are their averages weighted by each monitor's checks.
 */
export function responseTimesOfModel(
  model: PublicModel,
  ref: string,
  range: ResponseTimeRange,
  now = new Date(),
): ResponseTimeSeries | null {
  const component = model.components.find((c) => c.showcase && (c.id === ref || c.slug === ref));
  if (!component) return null;
  const { granularity } = RANGE_BUCKETS[range];
  const starts = rangePeriodStarts(range, now);
  const [first, last] = [starts[0].getTime(), starts[starts.length - 1].getTime()];
  const rows = model.responsePeriods.filter(
    (p) =>
      p.componentId === component.id &&
      p.granularity === granularity &&
      p.periodStart.getTime() >= first &&
      p.periodStart.getTime() <= last,
  );
  return {
    component: { id: component.id, name: component.name },
    range,
    granularity,
    monitored: component.monitored,
    points: fillPeriods(starts, rows),
    locations: locationSeriesOfModel(model, component.id, range, now),
  };
}
