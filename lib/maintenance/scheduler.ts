import "server-only";
import { advanceDueMaintenances } from "./advance";

export const MAINTENANCE_TICK_MS = 15_000;

// Next bundles route code and instrumentation separately; globalThis keeps one scheduler per process.
const holder = globalThis as typeof globalThis & { __beaconMaintenanceScheduler?: ReturnType<typeof setInterval> };

/**
 * Starts and completes due maintenance every `intervalMs`, once per process (later calls do nothing and return
 * false). Each tick's errors are logged, never thrown: a store outage must not take the server down.
 */
export function startMaintenanceScheduler({ intervalMs = MAINTENANCE_TICK_MS }: { intervalMs?: number } = {}): boolean {
  if (holder.__beaconMaintenanceScheduler) return false;
  let running = false;
  let lastFailure: string | null = null; // an outage is logged when it starts and ends, not every tick
  const tick = async () => {
    if (running) return; // a slow tick (store waking up) must not overlap the next
    running = true;
    try {
      const advance = await advanceDueMaintenances();
      if (lastFailure) console.log("[beacon] maintenance scheduler recovered");
      lastFailure = null;
      for (const m of advance.started) console.log(`[beacon] maintenance started: ${m.name} (${m.id})`);
      for (const m of advance.completed) console.log(`[beacon] maintenance completed: ${m.name} (${m.id})`);
      for (const f of advance.failed) console.error(`[beacon] maintenance ${f.id} could not be moved on:`, messageOf(f.error));
    } catch (error) {
      if (messageOf(error) !== lastFailure) console.error("[beacon] maintenance scheduler tick failed:", messageOf(error));
      lastFailure = messageOf(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  // The scheduler alone must never keep the process alive (scripts, tests, graceful shutdown).
  timer.unref?.();
  holder.__beaconMaintenanceScheduler = timer;
  return true;
}

/** Stops the process's scheduler, if one runs (tests, shutdown). */
export function stopMaintenanceScheduler(): void {
  clearInterval(holder.__beaconMaintenanceScheduler);
  holder.__beaconMaintenanceScheduler = undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
