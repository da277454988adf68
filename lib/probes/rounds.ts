import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordCheck } from "@/lib/monitor-runner/record-check";
import { decideRound } from "./quorum";

// A round is every location's check of one monitor for one due time; its quorum outcome is the monitor's check.

/** After the due time, how long a round waits for silent locations before it is decided with those that reported. */
export function roundDeadlineMs(monitor: { intervalSeconds: number; timeoutMs: number }): number {
  return Math.min(monitor.intervalSeconds * 1000, monitor.timeoutMs + 5_000);
}

/**
 * Decides one round once: with `waitForAll`, only when every online location assigned to the monitor has
 * reported (the eager path after an upload); without it, with whoever reported (the deadline sweep). Offline and
 * revoked locations are never waited for nor counted. The outcome is recorded as the monitor's check, so the
 * state machine, the automatic incident, rollups and uptime see quorum outcomes only. True when decided here.
 */
export async function closeRound(
  prisma: PrismaClient,
  monitorId: string,
  dueAt: Date,
  options: { now: Date; waitForAll: boolean },
): Promise<boolean> {
  const monitor = await prisma.monitor.findUnique({
    where: { id: monitorId },
    select: { quorum: true, lastRoundDueAt: true, placement: true },
  });
  if (!monitor || monitor.placement === "builtin") return false;
  if (monitor.lastRoundDueAt && monitor.lastRoundDueAt.getTime() >= dueAt.getTime()) return false;
  const results = await prisma.probeResult.findMany({
    where: { monitorId, dueAt, location: { revokedAt: null } },
    include: { location: { select: { name: true, offlineSince: true } } },
  });
  if (results.length === 0) return false;
  if (options.waitForAll) {
    const expected = await prisma.probeAssignment.count({
      where: { monitorId, location: { revokedAt: null, offlineSince: null } },
    });
    const reportedOnline = results.filter((r) => r.location.offlineSince === null).length;
    if (reportedOnline < expected) return false;
  }
  // Older rounds still open (a location's result came late) are decided first, in order, with whoever reported:
  // once this round is decided they could no longer be.
  const older = await prisma.probeResult.findMany({
    where: { monitorId, dueAt: { lt: dueAt, ...(monitor.lastRoundDueAt ? { gt: monitor.lastRoundDueAt } : {}) } },
    distinct: ["dueAt"],
    select: { dueAt: true },
    orderBy: { dueAt: "asc" },
  });
  for (const round of older) await closeRound(prisma, monitorId, round.dueAt, { now: options.now, waitForAll: false });
  const previous =
    older.length > 0 ? ((await prisma.monitor.findUnique({ where: { id: monitorId } }))?.lastRoundDueAt ?? null) : monitor.lastRoundDueAt;
  // The one statement that decides who records this round: later rounds are never overtaken by earlier ones.
  const { count } = await prisma.monitor.updateMany({
    where: { id: monitorId, OR: [{ lastRoundDueAt: null }, { lastRoundDueAt: { lt: dueAt } }] },
    data: { lastRoundDueAt: dueAt },
  });
  if (count !== 1) return false;
  const outcome = decideRound(
    results.map((r) => ({
      location: r.location.name,
      ok: r.ok,
      degraded: r.degraded,
      responseTimeMs: r.responseTimeMs,
      statusCode: r.statusCode,
      error: r.error,
    })),
    monitor.quorum,
  );
  if (!outcome) return false;
  const startedAt = new Date(Math.min(...results.map((r) => r.startedAt.getTime())));
  try {
    await recordCheck(prisma, { monitorId, dueAt, startedAt, outcome }, options.now);
  } catch (error) {
    // Not recorded: the round is open again, so the deadline sweep decides it once the store answers.
    await prisma.monitor.updateMany({ where: { id: monitorId, lastRoundDueAt: dueAt }, data: { lastRoundDueAt: previous } });
    throw error;
  }
  return true;
}

/** Decides every round past its deadline that some location reported; returns how many were decided. */
export async function closeOverdueRounds(prisma: PrismaClient, now: Date): Promise<number> {
  const rounds = await prisma.$queryRaw<{ monitorId: string; dueAt: Date }[]>`
    SELECT DISTINCT r."monitorId", r."dueAt"
      FROM "ProbeResult" r JOIN "Monitor" m ON m.id = r."monitorId"
     WHERE r."startedAt" > ${now}::timestamptz - interval '2 hours'
       AND m.placement <> 'builtin'
       AND (m."lastRoundDueAt" IS NULL OR r."dueAt" > m."lastRoundDueAt")
       AND r."dueAt" + make_interval(secs => LEAST(m."intervalSeconds" * 1000, m."timeoutMs" + 5000) / 1000.0) <= ${now}::timestamptz
     ORDER BY r."dueAt"
     LIMIT 1000`;
  let decided = 0;
  for (const round of rounds) if (await closeRound(prisma, round.monitorId, round.dueAt, { now, waitForAll: false })) decided++;
  return decided;
}
