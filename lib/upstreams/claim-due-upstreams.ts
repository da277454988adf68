import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ClaimedUpstream {
  id: string;
  /** The due time this claim took: the next poll is scheduled from it. */
  dueAt: Date;
}

/**
 * Claims due upstreams in one statement, as the monitors do: the claimed rows' nextPollAt moves one interval on
 * in the same UPDATE, and rows another process holds are skipped, so each upstream is polled by exactly one
 * instance per interval however many share the store. The poll's outcome sets the real next time (backoff).
 */
export async function claimDueUpstreams(prisma: PrismaClient, now: Date, limit: number): Promise<ClaimedUpstream[]> {
  if (limit <= 0) return [];
  return prisma.$queryRaw<ClaimedUpstream[]>`
    UPDATE "Upstream" AS u
       SET "nextPollAt" = ${now}::timestamptz + make_interval(secs => u."intervalSeconds"), "lastPolledAt" = ${now}::timestamptz
      FROM (SELECT id, "nextPollAt" FROM "Upstream"
             WHERE "nextPollAt" <= ${now}::timestamptz
             ORDER BY "nextPollAt" LIMIT ${limit}::int
             FOR UPDATE SKIP LOCKED) AS due
     WHERE u.id = due.id
 RETURNING u.id, due."nextPollAt" AS "dueAt"`;
}
