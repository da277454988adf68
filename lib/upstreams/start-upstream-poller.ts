import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { upstreamPolicy } from "./policy";
import { createUpstreamPoller } from "./upstream-poller";

const JOB_KEY = "upstream-poller";

/** Starts the process's upstream poller (later calls do nothing and return false). */
export function startUpstreamPoller(): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const poller = createUpstreamPoller({
      prisma: async () => (await getDatabase()).prisma,
      policy: upstreamPolicy(),
    });
    poller.start();
    return poller;
  });
}

export function stopUpstreamPoller(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
