import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export const ROLLUP_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;
const LOCATION_ROLLUP_DAYS = 8;
// Only one process rolls up at a time; the others skip their turn (rollups are idempotent anyway).
const ROLLUP_LOCK_KEY = 6_265_636_112;

/**
 * Recomputes the hourly and daily rollups (checks, failures, p50/p95 of successful response times) from the
 * latest rolled-up period on, so late checks and the current partial period are counted; then deletes raw
 * checks and location results older than the retention, and rollups older than a year. False when another process was doing it.
 */
export async function rollUpAndPurge(prisma: PrismaClient, now: Date, rawRetentionDays: number): Promise<boolean> {
  return prisma.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${ROLLUP_LOCK_KEY}::bigint) AS locked`;
      if (!locked) return false;
      for (const granularity of ["hour", "day"] as const) {
        const latest = await tx.monitorRollup.aggregate({ where: { granularity }, _max: { periodStart: true } });
        const step = granularity === "hour" ? 3_600_000 : DAY_MS;
        const since = latest._max.periodStart ? new Date(latest._max.periodStart.getTime() - step) : new Date(0);
        await tx.$executeRaw`
          INSERT INTO "MonitorRollup" ("id", "monitorId", "granularity", "periodStart", "checks", "failures", "p50Ms", "p95Ms")
          SELECT gen_random_uuid()::text, "monitorId", ${granularity}::"MonitorRollupGranularity",
                 date_trunc(${granularity}, "startedAt", 'UTC') AS period,
                 count(*)::int, (count(*) FILTER (WHERE NOT ok))::int,
                 round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "responseTimeMs") FILTER (WHERE ok))::numeric)::int,
                 round((percentile_cont(0.95) WITHIN GROUP (ORDER BY "responseTimeMs") FILTER (WHERE ok))::numeric)::int
            FROM "MonitorCheck"
           WHERE "startedAt" >= ${since}::timestamptz AND "note" IS NULL
           GROUP BY "monitorId", period
          ON CONFLICT ("monitorId", "granularity", "periodStart") DO UPDATE
             SET "checks" = EXCLUDED."checks", "failures" = EXCLUDED."failures",
                 "p50Ms" = EXCLUDED."p50Ms", "p95Ms" = EXCLUDED."p95Ms"`;
      }
      await rollUpLocations(tx);
      const rawBefore = new Date(now.getTime() - rawRetentionDays * DAY_MS);
      await tx.monitorCheck.deleteMany({ where: { startedAt: { lt: rawBefore } } });
      // Each location's raw results, summed above, go with the raw checks: their table would grow without end.
      await tx.probeResult.deleteMany({ where: { startedAt: { lt: rawBefore } } });
      await tx.monitorRollup.deleteMany({ where: { periodStart: { lt: new Date(now.getTime() - ROLLUP_RETENTION_DAYS * DAY_MS) } } });
      // The per-location chart shows 7 days: its hours are kept a little longer, not a year.
      await tx.probeLocationRollup.deleteMany({ where: { periodStart: { lt: new Date(now.getTime() - LOCATION_ROLLUP_DAYS * DAY_MS) } } });
      return true;
    },
    { timeout: 120_000 },
  );
}

/** Each probe location's own results per UTC hour, from the latest rolled-up hour on (so late results count). */
async function rollUpLocations(tx: Prisma.TransactionClient) {
  const latest = await tx.probeLocationRollup.aggregate({ _max: { periodStart: true } });
  const since = latest._max.periodStart ? new Date(latest._max.periodStart.getTime() - 3_600_000) : new Date(0);
  await tx.$executeRaw`
    INSERT INTO "ProbeLocationRollup" ("id", "monitorId", "locationId", "periodStart", "checks", "failures", "p50Ms", "p95Ms")
    SELECT gen_random_uuid()::text, "monitorId", "locationId", date_trunc('hour', "startedAt", 'UTC') AS period,
           count(*)::int, (count(*) FILTER (WHERE NOT ok))::int,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "responseTimeMs") FILTER (WHERE ok))::numeric)::int,
           round((percentile_cont(0.95) WITHIN GROUP (ORDER BY "responseTimeMs") FILTER (WHERE ok))::numeric)::int
      FROM "ProbeResult"
     WHERE "startedAt" >= ${since}::timestamptz
     GROUP BY "monitorId", "locationId", period
    ON CONFLICT ("monitorId", "locationId", "periodStart") DO UPDATE
       SET "checks" = EXCLUDED."checks", "failures" = EXCLUDED."failures",
           "p50Ms" = EXCLUDED."p50Ms", "p95Ms" = EXCLUDED."p95Ms"`;
}

/** Uptime as a percentage of checks that passed; null with no checks. */
export function uptimePercent(checks: number, failures: number): number | null {
  return checks === 0 ? null : ((checks - failures) / checks) * 100;
}
