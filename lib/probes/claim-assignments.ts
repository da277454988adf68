import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CheckSpec } from "@/lib/monitor-runner/check-spec";
import { checkSpecOf } from "@/lib/monitor-runner/check-spec-of";

// A lease covers the check's timeout plus this much for the upload; after it the check is handed out again.
export const LEASE_GRACE_MS = 15_000;

export interface ProbeAssignmentLease {
  monitorId: string;
  dueAt: Date;
  leaseExpiresAt: Date;
  check: CheckSpec;
}

interface ClaimedRow {
  monitorId: string;
  dueAt: Date;
  leaseExpiresAt: Date;
}

/**
 * Hands a location's due checks (due now or within `horizonMs`) to the probe asking, each under a lease, in one
 * statement that also moves the assignment's next due time on by whole intervals (the location's schedule stays
 * on the monitor's grid, so every location's round shares one due time). Rows locked by another instance's claim
 * are skipped, so any number of Beacon instances hand each due check of each location out once. A check whose
 * lease expired unanswered (its probe crashed) is handed out again while its round is still open.
 */
export async function claimAssignments(
  prisma: PrismaClient,
  locationId: string,
  options: { now: Date; horizonMs: number; limit: number },
): Promise<ProbeAssignmentLease[]> {
  const { now, horizonMs, limit } = options;
  const horizon = new Date(now.getTime() + horizonMs);
  const rows = await prisma.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT a.id,
             m."intervalSeconds" AS iv,
             m."timeoutMs" AS tmo,
             (a."leasedDueAt" IS NOT NULL AND a."leaseExpiresAt" <= ${now}::timestamptz
               AND a."leasedDueAt" + make_interval(secs => m."intervalSeconds") > ${now}::timestamptz) AS retry
        FROM "ProbeAssignment" a JOIN "Monitor" m ON m.id = a."monitorId"
       WHERE a."locationId" = ${locationId} AND m.enabled AND m.placement <> 'builtin'
         AND ((a."leasedDueAt" IS NULL AND a."nextCheckAt" <= ${horizon}::timestamptz)
           OR (a."leasedDueAt" IS NOT NULL AND a."leaseExpiresAt" <= ${now}::timestamptz))
       ORDER BY a."nextCheckAt"
       LIMIT ${limit}::int
       FOR UPDATE OF a SKIP LOCKED
    ), handed AS (
      SELECT due.id, due.retry, due.iv, due.tmo,
             CASE WHEN due.retry THEN a."leasedDueAt" ELSE a."nextCheckAt" END AS "dueAt"
        FROM due JOIN "ProbeAssignment" a ON a.id = due.id
    )
    UPDATE "ProbeAssignment" AS a
       SET "leasedDueAt" = handed."dueAt",
           "leaseExpiresAt" = GREATEST(handed."dueAt", ${now}::timestamptz)
                              + make_interval(secs => (handed.tmo + ${LEASE_GRACE_MS}::int) / 1000.0),
           "nextCheckAt" = CASE WHEN handed.retry THEN a."nextCheckAt"
             ELSE handed."dueAt" + make_interval(secs => handed.iv * GREATEST(1,
                    FLOOR(EXTRACT(EPOCH FROM (${now}::timestamptz - handed."dueAt")) / handed.iv) + 1)) END
      FROM handed
     WHERE a.id = handed.id
 RETURNING a."monitorId" AS "monitorId", handed."dueAt" AS "dueAt", a."leaseExpiresAt" AS "leaseExpiresAt"`;
  if (rows.length === 0) return [];
  const monitors = await prisma.monitor.findMany({ where: { id: { in: rows.map((r) => r.monitorId) } } });
  const byId = new Map(monitors.map((m) => [m.id, m]));
  const leases: ProbeAssignmentLease[] = [];
  for (const row of rows) {
    const monitor = byId.get(row.monitorId);
    if (monitor) leases.push({ ...row, check: await checkSpecOf(prisma, monitor) });
  }
  return leases;
}
