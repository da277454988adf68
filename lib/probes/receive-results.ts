import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeRound } from "./rounds";
import type { PushInput } from "./schema";

export interface ReceivedBatch {
  /** True when this batch id was received before: nothing was counted again. */
  duplicate: boolean;
  accepted: number;
  /** Results for monitors this location no longer runs. */
  ignored: number;
}

/**
 * Stores a batch of one location's results in one transaction, keyed by its batch id so a retried upload is
 * answered without counting anything twice (and each due check of each location is stored once however it
 * arrives). Leases are released; then each round whose locations have all reported is decided at once.
 */
export async function receiveResults(prisma: PrismaClient, locationId: string, batch: PushInput, now = new Date()): Promise<ReceivedBatch> {
  const monitorIds = [...new Set(batch.results.map((r) => r.monitorId))];
  const received = await prisma.$transaction(
    async (tx) => {
      const fresh = await tx.$queryRaw<{ batchId: string }[]>`
      INSERT INTO "ProbeBatch" ("locationId", "batchId", "receivedAt", "results")
      VALUES (${locationId}, ${batch.batchId}, ${now}::timestamptz, ${batch.results.length}::int)
      ON CONFLICT DO NOTHING RETURNING "batchId"`;
      if (fresh.length === 0) return { duplicate: true, accepted: 0, ignored: 0, rounds: [] };
      const assigned = new Set(
        (await tx.probeAssignment.findMany({ where: { locationId, monitorId: { in: monitorIds } }, select: { monitorId: true } })).map(
          (a) => a.monitorId,
        ),
      );
      const results = batch.results.filter((r) => assigned.has(r.monitorId));
      if (results.length > 0) {
        await tx.probeResult.createMany({
          data: results.map((r) => ({
            monitorId: r.monitorId,
            locationId,
            dueAt: r.dueAt,
            // A probe's clock may run ahead; a result never starts after it arrived.
            startedAt: r.startedAt.getTime() > now.getTime() ? now : r.startedAt,
            ok: r.ok,
            degraded: r.ok && r.degraded !== null,
            responseTimeMs: r.responseTimeMs,
            statusCode: r.statusCode,
            error: r.error ?? (r.ok ? r.degraded : null),
          })),
          skipDuplicates: true,
        });
        await tx.$executeRaw`
        UPDATE "ProbeAssignment" AS a SET "leasedDueAt" = NULL, "leaseExpiresAt" = NULL
          FROM (SELECT unnest(${results.map((r) => r.monitorId)}::text[]) AS "monitorId",
                       unnest(${results.map((r) => r.dueAt.toISOString())}::timestamptz[]) AS "dueAt") AS done
         WHERE a."locationId" = ${locationId} AND a."monitorId" = done."monitorId" AND a."leasedDueAt" = done."dueAt"`;
      }
      const rounds = [...new Map(results.map((r) => [`${r.monitorId}|${r.dueAt.toISOString()}`, r])).values()];
      return { duplicate: false, accepted: results.length, ignored: batch.results.length - results.length, rounds };
    },
    { timeout: 15_000 },
  );
  for (const round of await completeRounds(prisma, received.rounds)) {
    await closeRound(prisma, round.monitorId, round.dueAt, { now, waitForAll: false });
  }
  return { duplicate: received.duplicate, accepted: received.accepted, ignored: received.ignored };
}

/** Of these rounds, those every online location assigned to the monitor has reported: one query for the batch. */
async function completeRounds(prisma: PrismaClient, rounds: { monitorId: string; dueAt: Date }[]) {
  if (rounds.length === 0) return [];
  return prisma.$queryRaw<{ monitorId: string; dueAt: Date }[]>`
    SELECT r."monitorId", r."dueAt"
      FROM (SELECT unnest(${rounds.map((r) => r.monitorId)}::text[]) AS "monitorId",
                   unnest(${rounds.map((r) => r.dueAt.toISOString())}::timestamptz[]) AS "dueAt") AS b
      JOIN "ProbeResult" r ON r."monitorId" = b."monitorId" AND r."dueAt" = b."dueAt"
      JOIN "ProbeLocation" l ON l.id = r."locationId" AND l."revokedAt" IS NULL AND l."offlineSince" IS NULL
     GROUP BY r."monitorId", r."dueAt"
    HAVING COUNT(*) >= (SELECT COUNT(*) FROM "ProbeAssignment" a JOIN "ProbeLocation" al ON al.id = a."locationId"
                         WHERE a."monitorId" = r."monitorId" AND al."revokedAt" IS NULL AND al."offlineSince" IS NULL)`;
}
