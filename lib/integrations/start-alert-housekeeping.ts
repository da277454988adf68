import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { resolveQuietAlertIncidents } from "./resolve-quiet-alert-incidents";

const JOB_KEY = "alert-housekeeping";
const INTERVAL_MS = 10_000;

/** Resolves quiet alert incidents every 10 s (once per process). */
export function startAlertHousekeeping(): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const { monitor } = parseEnv();
    const job = createPeriodicJob({
      name: "alert housekeeping",
      intervalMs: INTERVAL_MS,
      run: async () => {
        const { prisma } = await getDatabase();
        for (const id of await resolveQuietAlertIncidents(prisma, new Date(), monitor.quietPeriodSeconds)) {
          console.log(`[beacon] alerts resolved incident ${id} after the quiet period`);
        }
      },
    });
    job.start();
    return job;
  });
}

export function stopAlertHousekeeping(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
