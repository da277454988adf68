import "server-only";
import { getPrisma } from "@/lib/db/boot";
import {
  fillPeriods,
  type PeriodRow,
  RANGE_BUCKETS,
  type ResponseTimePoint,
  type ResponseTimeRange,
  rangePeriodStarts,
} from "./response-time-range";

// A component's response times over a range, from rollups only: 24 or 168 hourly rows, or 30 daily rows, per monitor.

export interface ResponseTimeSeries {
  component: { id: string; name: string };
  range: ResponseTimeRange;
  granularity: "hour" | "day";
  /** False when the component has no monitors: the points are then all empty. */
  monitored: boolean;
  points: ResponseTimePoint[];
}

/**
 * The series for the public component `ref` (id or slug); null when the page does not show such a component.
 * With several monitors, a period's p50 and p95 are their averages weighted by each monitor's checks.
 */
export async function loadResponseTimes(ref: string, range: ResponseTimeRange, now = new Date()): Promise<ResponseTimeSeries | null> {
  const prisma = await getPrisma();
  const component = await prisma.component.findFirst({
    where: { showcase: true, OR: [{ id: ref }, { slug: ref }] },
    select: { id: true, name: true, _count: { select: { monitors: true } } },
  });
  if (!component) return null;
  const { granularity } = RANGE_BUCKETS[range];
  const starts = rangePeriodStarts(range, now);
  const rows = await prisma.$queryRaw<PeriodRow[]>`
    SELECT r."periodStart" AS "periodStart", SUM(r.checks)::int AS checks, SUM(r.failures)::int AS failures,
           ROUND(SUM(r."p50Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p50Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p50Ms",
           ROUND(SUM(r."p95Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p95Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p95Ms"
      FROM "MonitorRollup" r JOIN "Monitor" m ON m.id = r."monitorId"
     WHERE m."componentId" = ${component.id} AND r.granularity = ${granularity}::"MonitorRollupGranularity"
       AND r."periodStart" >= ${starts[0]} AND r."periodStart" <= ${starts[starts.length - 1]}
     GROUP BY 1`;
  const points = fillPeriods(
    starts,
    rows.map((row) => ({ ...row, periodStart: new Date(row.periodStart), checks: Number(row.checks), failures: Number(row.failures) })),
  );
  return { component: { id: component.id, name: component.name }, range, granularity, monitored: component._count.monitors > 0, points };
}
