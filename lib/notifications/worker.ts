import "server-only";
import { parseEnv } from "@/lib/env";
import type { DeliveryDeps } from "./deliver";
import { createMailer } from "./mailer";
import { processDueDeliveries } from "./process";
import { onNotificationEnqueued } from "./wake";

export const NOTIFICATION_POLL_MS = 2_000;
// After an enqueue the causing transaction commits a moment later; look a few times shortly after it.
const WAKE_DELAYS_MS = [50, 300, 1_000];
const BATCH = 10;

interface RunningWorker {
  timer: ReturnType<typeof setInterval>;
  stop: () => Promise<void>;
}
// Next bundles route code and instrumentation separately; globalThis keeps one worker per process.
const holder = globalThis as typeof globalThis & { __beaconNotificationWorker?: RunningWorker };

/**
 * Sends queued notifications every `intervalMs` and right after an enqueue in this process; once per process
 * (later calls return false). Errors are logged, never thrown: a store or SMTP outage must not stop the server.
 */
export function startNotificationWorker(options: { intervalMs?: number; deps?: DeliveryDeps } = {}): boolean {
  if (holder.__beaconNotificationWorker) return false;
  const deps = options.deps ?? depsFromEnv();
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastFailure: string | null = null;

  const drain = async () => {
    do {
      again = false;
      const batch = await processDueDeliveries(deps, { limit: BATCH });
      if (batch.claimed === BATCH) again = true; // more may be due: keep going without waiting for the poll
    } while (again && !stopped);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .then(() => {
        if (lastFailure) console.log("[beacon] notification worker recovered");
        lastFailure = null;
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (message !== lastFailure) console.error("[beacon] notification worker tick failed:", message);
        lastFailure = message;
      })
      .finally(() => {
        running = null;
      });
  };

  const timer = setInterval(tick, options.intervalMs ?? NOTIFICATION_POLL_MS);
  timer.unref?.();
  const unsubscribe = onNotificationEnqueued(() => {
    for (const delay of WAKE_DELAYS_MS) setTimeout(tick, delay).unref?.();
  });
  holder.__beaconNotificationWorker = {
    timer,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
      deps.mailer?.close();
    },
  };
  return true;
}

/** Stops this process's worker and waits for the batch in flight (tests, shutdown). */
export async function stopNotificationWorker(): Promise<void> {
  const worker = holder.__beaconNotificationWorker;
  holder.__beaconNotificationWorker = undefined;
  await worker?.stop();
}

function depsFromEnv(): DeliveryDeps {
  const env = parseEnv();
  return {
    mailer: env.smtp ? createMailer(env.smtp) : null,
    webhookTargets: { allowPrivateNetworks: env.monitor.allowPrivateNetworks },
    ...(env.publicUrl ? { publicUrl: env.publicUrl } : {}),
  };
}
