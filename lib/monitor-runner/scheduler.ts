import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { createMonitorScheduler, type MonitorScheduler } from "./monitor-scheduler";

// Next bundles route code and instrumentation separately; globalThis keeps one monitor scheduler per process.
const holder = globalThis as typeof globalThis & { __beaconMonitorScheduler?: MonitorScheduler };

/** Starts the process's monitor scheduler (later calls do nothing and return false). */
export function startMonitorScheduler(): boolean {
  if (holder.__beaconMonitorScheduler) return false;
  const { monitor } = parseEnv();
  const scheduler = createMonitorScheduler({
    prisma: async () => (await getDatabase()).prisma,
    policy: { allowPrivateNetworks: monitor.allowPrivateNetworks },
    quietPeriodSeconds: monitor.quietPeriodSeconds,
    rawRetentionDays: monitor.rawRetentionDays,
  });
  scheduler.start();
  holder.__beaconMonitorScheduler = scheduler;
  return true;
}

/** Stops the process's monitor scheduler, waiting for running checks to be recorded (tests, shutdown). */
export async function stopMonitorScheduler(): Promise<void> {
  const scheduler = holder.__beaconMonitorScheduler;
  holder.__beaconMonitorScheduler = undefined;
  await scheduler?.stop();
}
