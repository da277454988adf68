import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { createProbeRoundsJob } from "./probe-rounds-job";

const JOB_KEY = "probe-rounds";

/** Starts this process's probe-rounds job (later calls do nothing and return false). */
export function startProbeRounds(): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const job = createProbeRoundsJob({
      prisma: async () => (await getDatabase()).prisma,
      offlineAfterMs: parseEnv().monitor.probeOfflineAfterSeconds * 1000,
    });
    job.start();
    return job;
  });
}

export function stopProbeRounds(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
