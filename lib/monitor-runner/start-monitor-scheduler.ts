import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { createMonitorScheduler } from "./monitor-scheduler";

const JOB_KEY = "monitor-scheduler";

/** Starts the process's monitor scheduler, configured from the environment (later calls do nothing and return false). */
export function startMonitorScheduler(): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const { monitor } = parseEnv();
    const scheduler = createMonitorScheduler({
      prisma: async () => (await getDatabase()).prisma,
      policy: { allowPrivateNetworks: monitor.allowPrivateNetworks },
      quietPeriodSeconds: monitor.quietPeriodSeconds,
      rawRetentionDays: monitor.rawRetentionDays,
    });
    scheduler.start();
    return scheduler;
  });
}

/** Stops the process's monitor scheduler: running checks are recorded, or released after the grace period (tests, shutdown). */
export function stopMonitorScheduler(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
