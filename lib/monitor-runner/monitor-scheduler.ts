import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createFailureLog, messageOf } from "@/lib/jobs/failure-log";
import { SHUTDOWN_GRACE_MS } from "@/lib/jobs/grace-period";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { checkSpecOf } from "./check-spec-of";
import { type ClaimedMonitor, claimDueMonitors } from "./claim-due-monitors";
import { performCheck } from "./perform-check";
import { recordCheck } from "./record-check";
import { resolveQuietIncidents } from "./resolve-quiet-incidents";
import { rollUpAndPurge } from "./rollups";
import { RunningChecks } from "./running-checks";

export interface MonitorSchedulerOptions {
  /** The store to claim from; each process (or test instance) passes its own handle. */
  prisma: () => Promise<PrismaClient>;
  policy: TargetPolicy;
  quietPeriodSeconds: number;
  rawRetentionDays: number;
  /** How often due monitors are claimed: well under a second, so checks start on time. */
  tickMs?: number;
  /** Checks running at once in this process; due monitors beyond it wait for the next tick. */
  maxConcurrentChecks?: number;
  /** How often quiet incidents are resolved, and (every fifth time) rollups and retention run. */
  housekeepingMs?: number;
  /** On stop, how long running checks may take before they are handed back to be run by another process. */
  shutdownGraceMs?: number;
  log?: (line: string) => void;
}

export interface MonitorScheduler {
  start(): void;
  /**
   * Stops claiming and waits for the checks already running to be recorded; those still running after the grace
   * period are released, so another process checks them at once.
   */
  stop(): Promise<void>;
  /** One claim-and-launch pass (tests drive it by hand). */
  tick(): Promise<void>;
  housekeeping(): Promise<void>;
  /** Resolves once every check launched so far is recorded. */
  idle(): Promise<void>;
  /** Checks this process has claimed since it was created. */
  readonly checksClaimed: number;
}

export function createMonitorScheduler(options: MonitorSchedulerOptions): MonitorScheduler {
  const { tickMs = 200, maxConcurrentChecks = 32, housekeepingMs = 60_000, log = console.log } = options;
  const running = new RunningChecks();
  // A store outage is logged when it starts, not for every check or every 200 ms.
  const checkFailures = createFailureLog("monitor checks", "failed");
  let housekeepingRuns = 0;
  let checksClaimed = 0;

  const launch = (prisma: PrismaClient, claim: ClaimedMonitor) =>
    // Checks run beside the tick, never awaited by it: a hanging target holds one slot until its timeout.
    running.launch(claim, async (check) => {
      try {
        const monitor = await prisma.monitor.findUnique({ where: { id: claim.id } });
        if (!monitor) return;
        const spec = await checkSpecOf(prisma, monitor);
        const startedAt = new Date();
        const outcome = await performCheck(spec, options.policy);
        if (check.released()) return; // handed back at shutdown: another process runs it
        check.recording();
        await recordCheck(prisma, { monitorId: claim.id, dueAt: claim.dueAt, startedAt, outcome });
        checkFailures.succeeded();
      } catch (error) {
        checkFailures.failed(`monitor ${claim.id}: ${messageOf(error)}`);
      }
    });

  const claiming = createPeriodicJob({
    name: "monitor scheduler",
    intervalMs: tickMs,
    run: async () => {
      const prisma = await options.prisma();
      const claimed = await claimDueMonitors(prisma, new Date(), maxConcurrentChecks - running.size);
      checksClaimed += claimed.length;
      for (const claim of claimed) launch(prisma, claim);
    },
  });

  const housekeeping = createPeriodicJob({
    name: "monitor housekeeping",
    intervalMs: housekeepingMs,
    run: async () => {
      const prisma = await options.prisma();
      const now = new Date();
      const resolved = await resolveQuietIncidents(prisma, now, options.quietPeriodSeconds);
      if (resolved) log(`[beacon] monitors resolved incident ${resolved} after the quiet period`);
      if (housekeepingRuns++ % 5 === 0) await rollUpAndPurge(prisma, now, options.rawRetentionDays);
    },
  });

  return {
    start() {
      claiming.start();
      housekeeping.start();
    },
    async stop() {
      const housekeepingStopped = housekeeping.stop();
      await claiming.stop();
      const released = await running.settle(options.prisma, options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS);
      if (released > 0) log(`[beacon] monitors handed back ${released} unfinished check(s) for another process`);
      await housekeepingStopped;
    },
    tick: () => claiming.runOnce(),
    housekeeping: () => housekeeping.runOnce(),
    idle: () => running.idle(),
    get checksClaimed() {
      return checksClaimed;
    },
  };
}
