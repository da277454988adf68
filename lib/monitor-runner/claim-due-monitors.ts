import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ClaimedMonitor {
  id: string;
  dueAt: Date;
  /** Where the claim moved the monitor's next check: the claim's identity, for releasing it. */
  nextCheckAt: Date;
}

/**
 * Claims up to `limit` due monitors in one statement: each claimed row's nextCheckAt moves one interval on (one
 * interval past now after a pause longer than the interval), so another process — which skips rows locked by this claim — never
 * claims the same due time. Each check therefore runs once per interval however many processes share the store.
 */
export async function claimDueMonitors(prisma: PrismaClient, now: Date, limit: number): Promise<ClaimedMonitor[]> {
  if (limit <= 0) return [];
  return prisma.$queryRaw<ClaimedMonitor[]>`
    UPDATE "Monitor" AS m
       SET "nextCheckAt" = CASE
             WHEN due."nextCheckAt" + make_interval(secs => m."intervalSeconds") > ${now}::timestamptz
             THEN due."nextCheckAt" + make_interval(secs => m."intervalSeconds")
             ELSE ${now}::timestamptz + make_interval(secs => m."intervalSeconds") END
      FROM (SELECT id, "nextCheckAt" FROM "Monitor"
             WHERE enabled AND placement = 'builtin' AND "nextCheckAt" <= ${now}::timestamptz
             ORDER BY "nextCheckAt" LIMIT ${limit}::int
             FOR UPDATE SKIP LOCKED) AS due
     WHERE m.id = due.id
 RETURNING m.id, due."nextCheckAt" AS "dueAt", m."nextCheckAt" AS "nextCheckAt"`;
}

/**
 * Gives a claimed check back unrun (shutdown): the monitor is due again at the claimed time, so another process
 * claims it at once. False when the monitor has moved on since (edited, deleted, or its heartbeat arrived).
 */
export async function releaseMonitorClaim(prisma: PrismaClient, claim: ClaimedMonitor): Promise<boolean> {
  const { count } = await prisma.monitor.updateMany({
    where: { id: claim.id, nextCheckAt: claim.nextCheckAt },
    data: { nextCheckAt: claim.dueAt },
  });
  return count === 1;
}
