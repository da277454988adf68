import "server-only";
import { messageOf } from "@/lib/jobs/failure-log";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { advanceDueMaintenances } from "./advance";

export const MAINTENANCE_TICK_MS = 15_000;
const JOB_KEY = "maintenance-scheduler";

/**
 * Starts and completes due maintenance every `intervalMs`, once per process (later calls do nothing and return
 * false). Each tick's errors are logged, never thrown: a store outage must not take the server down.
 */
export function startMaintenanceScheduler({ intervalMs = MAINTENANCE_TICK_MS }: { intervalMs?: number } = {}): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const job = createPeriodicJob({ name: "maintenance scheduler", intervalMs, run: advanceAndLog });
    job.start();
    return job;
  });
}

/** Stops the process's scheduler, if one runs, and waits for its tick in flight (tests, shutdown). */
export function stopMaintenanceScheduler(): Promise<void> {
  return stopInProcess(JOB_KEY);
}

async function advanceAndLog() {
  const advance = await advanceDueMaintenances();
  for (const m of advance.added) console.log(`[beacon] maintenance occurrence added: ${m.name} (${m.id})`);
  for (const m of advance.started) console.log(`[beacon] maintenance started: ${m.name} (${m.id})`);
  for (const m of advance.completed) console.log(`[beacon] maintenance completed: ${m.name} (${m.id})`);
  for (const f of advance.failed) console.error(`[beacon] maintenance ${f.id} could not be moved on:`, messageOf(f.error));
}
