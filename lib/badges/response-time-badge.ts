import "server-only";
import { responseTimesOfModel } from "@/lib/monitors/response-times";
import type { PublicModel } from "@/lib/public-model/model";
import type { BadgeFormat } from "./badge-file";
import { BADGE_COLOR, type BadgeFace, neutralFace } from "./badge-palette";
import { parseBadgeQuery } from "./badge-query";
import { respondWithBadge } from "./respond-badge";

// /badge/<component>/response-time.svg|.json: the median response time of the component's monitors over 24 hours.

const LABEL = "response time";
// Under 300 ms feels instant, over a second feels slow.
const THRESHOLDS: readonly { maxMs: number; color: string }[] = [
  { maxMs: 300, color: BADGE_COLOR.operational },
  { maxMs: 1000, color: BADGE_COLOR.degraded },
  { maxMs: Number.POSITIVE_INFINITY, color: BADGE_COLOR.partial_outage },
];

/** The 24 h median, as the hourly p50s weighted by their checks; null when nothing was measured. */
export function medianOverDay(points: readonly { p50Ms: number | null; checks: number }[]): number | null {
  let weighted = 0;
  let checks = 0;
  for (const point of points) {
    if (point.p50Ms === null || point.checks === 0) continue;
    weighted += point.p50Ms * point.checks;
    checks += point.checks;
  }
  return checks === 0 ? null : Math.round(weighted / checks);
}

export function responseTimeFace(label: string, ms: number | null): BadgeFace {
  if (ms === null) return neutralFace(label, "no data");
  return { label, message: `${ms} ms`, color: THRESHOLDS.find((t) => ms < t.maxMs)!.color };
}

export function componentResponseTimeBadge(
  request: Request,
  ref: string,
  format: BadgeFormat,
  model: () => Promise<PublicModel>,
): Promise<Response> {
  return respondWithBadge({
    request,
    format,
    fallbackLabel: LABEL,
    ref,
    parse: parseBadgeQuery,
    resolve: async (query) => {
      const series = responseTimesOfModel(await model(), ref, "24h");
      if (!series) return { status: 404, face: neutralFace(query.label ?? LABEL, "unknown") };
      return { status: 200, face: responseTimeFace(query.label ?? `${series.component.name} ${LABEL}`, medianOverDay(series.points)) };
    },
  });
}
