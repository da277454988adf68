import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { claimDueMonitors } from "./claim-due-monitors";
import { recordCheck } from "./record-check";
import { resolveQuietIncidents } from "./resolve-quiet-incidents";
import { rollUpAndPurge } from "./rollups";
import { performCheck } from "./run-check";

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
  log?: (line: string) => void;
}

export interface MonitorScheduler {
  start(): void;
  /** Stops claiming and waits for the checks already running to be recorded. */
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
  const running = new Set<Promise<void>>();
  let timers: ReturnType<typeof setInterval>[] = [];
  let claiming = false;
  let housekeepingRuns = 0;
  let checksClaimed = 0;
  let lastFailure: string | null = null; // a store outage is logged when it starts, not every 200 ms

  const report = (what: string, error: unknown) => {
    const message = `${what}: ${(error as Error)?.message ?? String(error)}`;
    if (message !== lastFailure) console.error(`[beacon] monitor scheduler ${message}`);
    lastFailure = message;
  };

  const runOne = async (prisma: PrismaClient, id: string, dueAt: Date) => {
    const monitor = await prisma.monitor.findUnique({ where: { id } });
    if (!monitor) return;
    const startedAt = new Date();
    const outcome = await performCheck(monitor, options.policy);
    await recordCheck(prisma, { monitorId: id, dueAt, startedAt, outcome });
  };

  const tick = async () => {
    if (claiming) return; // a slow claim (store waking up) must not overlap the next
    claiming = true;
    try {
      const prisma = await options.prisma();
      const claimed = await claimDueMonitors(prisma, new Date(), maxConcurrentChecks - running.size);
      lastFailure = null;
      checksClaimed += claimed.length;
      for (const { id, dueAt } of claimed) {
        // Checks run beside the tick, never awaited by it: a hanging target holds one slot until its timeout.
        const task = runOne(prisma, id, dueAt)
          .catch((error) => report(`check of monitor ${id} failed`, error))
          .finally(() => running.delete(task));
        running.add(task);
      }
    } catch (error) {
      report("tick failed", error);
    } finally {
      claiming = false;
    }
  };

  const housekeeping = async () => {
    try {
      const prisma = await options.prisma();
      const now = new Date();
      const resolved = await resolveQuietIncidents(prisma, now, options.quietPeriodSeconds);
      if (resolved) log(`[beacon] monitors resolved incident ${resolved} after the quiet period`);
      if (housekeepingRuns++ % 5 === 0) await rollUpAndPurge(prisma, now, options.rawRetentionDays);
    } catch (error) {
      report("housekeeping failed", error);
    }
  };

  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };

  return {
    start() {
      if (timers.length > 0) return;
      timers = [setInterval(() => void tick(), tickMs), setInterval(() => void housekeeping(), housekeepingMs)];
      // The scheduler alone must never keep the process alive (scripts, tests, graceful shutdown).
      for (const timer of timers) timer.unref?.();
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      timers = [];
      while (claiming) await new Promise((resolve) => setTimeout(resolve, 10));
      await idle();
    },
    tick,
    housekeeping,
    idle,
    get checksClaimed() {
      return checksClaimed;
    },
  };
}
