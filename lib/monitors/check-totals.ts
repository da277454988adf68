import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { CheckTotals } from "./rollup-uptime";

// Check counts summed in the database: rollups for whole periods, raw checks only for the hour under way.

type Db = PrismaClient | Prisma.TransactionClient;
export type TotalsKey = "component" | "monitor";

const KEY_COLUMN: Record<TotalsKey, Prisma.Sql> = { component: Prisma.raw('m."componentId"'), monitor: Prisma.raw("m.id") };
const HOUR_MS = 3_600_000;

export function startOfUtcHour(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS);
}

interface TotalsRow {
  key: string;
  checks: number;
  failures: number;
}

function collect(rows: TotalsRow[]): Map<string, CheckTotals> {
  const totals = new Map<string, CheckTotals>();
  for (const row of rows) {
    const seen = totals.get(row.key) ?? { checks: 0, failures: 0 };
    totals.set(row.key, { checks: seen.checks + Number(row.checks), failures: seen.failures + Number(row.failures) });
  }
  return totals;
}

/**
 * The last 24 hours per component or monitor: the 23 whole UTC hours before this one from hourly rollups, and this
 * hour from raw checks (the rollup of the hour under way may lag by a few minutes). Deploy signals are not checks.
 */
export async function last24hTotals(db: Db, key: TotalsKey, now: Date): Promise<Map<string, CheckTotals>> {
  const hourStart = startOfUtcHour(now);
  const from = new Date(hourStart.getTime() - 23 * HOUR_MS);
  const column = KEY_COLUMN[key];
  const rows = await db.$queryRaw<TotalsRow[]>`
    SELECT ${column} AS key, SUM(r.checks)::int AS checks, SUM(r.failures)::int AS failures
      FROM "MonitorRollup" r JOIN "Monitor" m ON m.id = r."monitorId"
     WHERE r.granularity = 'hour' AND r."periodStart" >= ${from} AND r."periodStart" < ${hourStart}
     GROUP BY 1
    UNION ALL
    SELECT ${column} AS key, COUNT(*)::int AS checks, SUM(CASE WHEN c.ok THEN 0 ELSE 1 END)::int AS failures
      FROM "MonitorCheck" c JOIN "Monitor" m ON m.id = c."monitorId"
     WHERE c."startedAt" >= ${hourStart} AND c."startedAt" <= ${now} AND c.note IS NULL
     GROUP BY 1`;
  return collect(rows);
}

export interface DayTotalsRow {
  componentId: string;
  periodStart: Date;
  checks: number;
  failures: number;
}

/** Daily rollups from `from` on, summed over each component's monitors: 90 rows a component at most. */
export async function dailyTotalsByComponent(db: Db, from: Date): Promise<DayTotalsRow[]> {
  const rows = await db.$queryRaw<DayTotalsRow[]>`
    SELECT m."componentId" AS "componentId", r."periodStart" AS "periodStart",
           SUM(r.checks)::int AS checks, SUM(r.failures)::int AS failures
      FROM "MonitorRollup" r JOIN "Monitor" m ON m.id = r."monitorId"
     WHERE r.granularity = 'day' AND r."periodStart" >= ${from}
     GROUP BY 1, 2`;
  return rows.map((row) => ({
    ...row,
    periodStart: new Date(row.periodStart),
    checks: Number(row.checks),
    failures: Number(row.failures),
  }));
}

/** Components with at least one monitor (paused ones too: their history still comes from the checks that ran). */
export async function monitoredComponentIds(db: Db): Promise<Set<string>> {
  const rows = await db.monitor.findMany({ distinct: ["componentId"], select: { componentId: true } });
  return new Set(rows.map((row) => row.componentId));
}
