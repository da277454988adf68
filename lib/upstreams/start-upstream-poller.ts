import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { createUpstreamPoller } from "./upstream-poller";

const JOB_KEY = "upstream-poller";

/** Starts the process's upstream poller (later calls do nothing and return false). */
export function startUpstreamPoller(): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const { monitor } = parseEnv();
    const poller = createUpstreamPoller({
      prisma: async () => (await getDatabase()).prisma,
      // One setting for every request Beacon makes into a network: monitors, webhooks and vendors' pages.
      policy: { allowPrivateNetworks: monitor.allowPrivateNetworks },
    });
    poller.start();
    return poller;
  });
}

export function stopUpstreamPoller(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
