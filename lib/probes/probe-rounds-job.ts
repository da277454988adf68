import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { markSilentLocationsOffline } from "./offline";
import { closeOverdueRounds } from "./rounds";

export interface ProbeRoundsJobOptions {
  prisma: () => Promise<PrismaClient>;
  offlineAfterMs: number;
  tickMs?: number;
  log?: (line: string) => void;
}

/**
 * The central side of remote probes, in every Beacon process: decides rounds past their deadline with the
 * locations that reported, and (every fifth tick) marks silent locations offline. Any instance may do either:
 * each round is decided once (lastRoundDueAt), each location goes offline once.
 */
export function createProbeRoundsJob(options: ProbeRoundsJobOptions) {
  const { tickMs = 1_000, log = console.log } = options;
  let ticks = 0;
  return createPeriodicJob({
    name: "probe rounds",
    intervalMs: tickMs,
    run: async () => {
      const prisma = await options.prisma();
      const now = new Date();
      await closeOverdueRounds(prisma, now);
      if (ticks++ % 5 === 0) {
        const offline = await markSilentLocationsOffline(prisma, now, options.offlineAfterMs);
        for (const name of offline) log(`[beacon] probe location ${name} is offline: no contact for ${options.offlineAfterMs / 1000} s`);
      }
    },
  });
}
