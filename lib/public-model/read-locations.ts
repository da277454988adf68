import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModelLocationLatest, ModelLocationResponsePeriod, PublicModel } from "./model";

// The per-location parts of the model: what each probe location saw of the components run from several places.
// Read with the check totals (once a minute at most), bounded to the hourly window the chart offers.

type Tx = Prisma.TransactionClient;
type LocationParts = Required<Pick<PublicModel, "locationResponsePeriods" | "locationLatest">>;

const HOUR_MS = 3_600_000;
/** The hourly response-time window of the model (7 d), and one period to spare. */
const LOCATION_HOURS = 7 * 24 + 1;

export async function readLocationParts(tx: Tx, now: Date): Promise<LocationParts> {
  return { locationResponsePeriods: await readLocationPeriods(tx, now), locationLatest: await readLocationLatest(tx) };
}

async function readLocationPeriods(tx: Tx, now: Date): Promise<ModelLocationResponsePeriod[]> {
  const from = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - LOCATION_HOURS * HOUR_MS);
  // From the hourly rollups (lib/monitor-runner/rollups.ts), never the raw results: a week of them is millions of
  // rows. Several monitors of one component at one location: p50/p95 weighted by their checks, as readResponsePeriods.
  const rows = await tx.$queryRaw<RawPeriod[]>`
    SELECT m."componentId" AS "componentId", l.name AS "locationName", r."periodStart" AS "periodStart",
           SUM(r.checks)::int AS checks, SUM(r.failures)::int AS failures,
           ROUND(SUM(r."p50Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p50Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p50Ms",
           ROUND(SUM(r."p95Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p95Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p95Ms"
      FROM "ProbeLocationRollup" r
      JOIN "Monitor" m ON m.id = r."monitorId" AND m.placement <> 'builtin'
      JOIN "ProbeLocation" l ON l.id = r."locationId" AND l."revokedAt" IS NULL
     WHERE r."periodStart" >= ${from}
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`;
  return rows.map((row) => ({
    componentId: row.componentId,
    locationName: row.locationName,
    periodStart: new Date(row.periodStart),
    checks: Number(row.checks),
    failures: Number(row.failures),
    p50Ms: row.p50Ms === null ? null : Number(row.p50Ms),
    p95Ms: row.p95Ms === null ? null : Number(row.p95Ms),
  }));
}

type RawPeriod = Omit<ModelLocationResponsePeriod, "periodStart"> & { periodStart: Date | string };

/** One row per component and assigned location: each monitor's latest result there, found through the unique index. */
async function readLocationLatest(tx: Tx): Promise<ModelLocationLatest[]> {
  const rows = await tx.$queryRaw<
    {
      componentId: string;
      locationName: string;
      offline: boolean;
      ok: boolean | null;
      responseTimeMs: number | null;
      checkedAt: Date | string | null;
    }[]
  >`
    SELECT m."componentId" AS "componentId", l.name AS "locationName", l."offlineSince" IS NOT NULL AS offline,
           r.ok, r."responseTimeMs" AS "responseTimeMs", r."startedAt" AS "checkedAt"
      FROM "ProbeAssignment" a
      JOIN "Monitor" m ON m.id = a."monitorId" AND m.placement <> 'builtin' AND m.enabled
      JOIN "ProbeLocation" l ON l.id = a."locationId" AND l."revokedAt" IS NULL
      LEFT JOIN LATERAL (
        SELECT p.ok, p."responseTimeMs", p."startedAt" FROM "ProbeResult" p
         WHERE p."monitorId" = a."monitorId" AND p."locationId" = a."locationId"
         ORDER BY p."dueAt" DESC LIMIT 1) r ON true
     ORDER BY 1, 2`;
  return mergeByComponentAndLocation(rows.map((row) => ({ ...row, checkedAt: row.checkedAt === null ? null : new Date(row.checkedAt) })));
}

/** A component with several remote monitors: down at a location when any failed there last; the slowest time. */
export function mergeByComponentAndLocation(rows: readonly ModelLocationLatest[]): ModelLocationLatest[] {
  const merged = new Map<string, ModelLocationLatest>();
  for (const row of rows) {
    const key = `${row.componentId}\u0000${row.locationName}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...row });
      continue;
    }
    seen.ok = seen.ok === null ? row.ok : row.ok === null ? seen.ok : seen.ok && row.ok;
    if (row.responseTimeMs !== null && (seen.responseTimeMs === null || row.responseTimeMs > seen.responseTimeMs)) {
      seen.responseTimeMs = row.responseTimeMs;
    }
    if (row.checkedAt && (!seen.checkedAt || row.checkedAt > seen.checkedAt)) seen.checkedAt = row.checkedAt;
  }
  return [...merged.values()];
}
