import "server-only";
import { parseEnv } from "@/lib/env";
import { SHUTDOWN_GRACE_MS } from "@/lib/jobs/grace-period";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import type { DeliveryDeps } from "./deliver";
import { createMailer } from "./mailer";
import { processDueDeliveries } from "./process";
import { onNotificationEnqueued } from "./wake";

export const NOTIFICATION_POLL_MS = 2_000;
// After an enqueue the causing transaction commits a moment later; look a few times shortly after it.
const WAKE_DELAYS_MS = [50, 300, 1_000];
const BATCH = 10;
const JOB_KEY = "notification-worker";

export interface NotificationWorkerOptions {
  intervalMs?: number;
  deps?: DeliveryDeps;
  /** On stop, how long sends in flight may take before their deliveries are released to another worker. */
  shutdownGraceMs?: number;
}

/**
 * Sends queued notifications every `intervalMs` and right after an enqueue in this process; once per process
 * (later calls return false). Errors are logged, never thrown: a store or SMTP outage must not stop the server.
 */
export function startNotificationWorker(options: NotificationWorkerOptions = {}): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const deps = options.deps ?? depsFromEnv();
    const graceMs = options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;
    const job = createPeriodicJob({
      name: "notification worker",
      intervalMs: options.intervalMs ?? NOTIFICATION_POLL_MS,
      run: async (signal) => {
        // A full batch means more may be due: keep going without waiting for the poll.
        let claimed = BATCH;
        while (claimed === BATCH && !signal.aborted) ({ claimed } = await processDueDeliveries(deps, { limit: BATCH, signal, graceMs }));
      },
    });
    job.start();
    const unsubscribe = onNotificationEnqueued(() => {
      for (const delay of WAKE_DELAYS_MS) setTimeout(() => job.wake(), delay).unref?.();
    });
    return {
      stop: async () => {
        unsubscribe();
        await job.stop();
        deps.mailer?.close();
      },
    };
  });
}

/**
 * Stops this process's worker: nothing more is claimed, and the sends in flight finish or, after the grace
 * period, are released (tests, shutdown).
 */
export function stopNotificationWorker(): Promise<void> {
  return stopInProcess(JOB_KEY);
}

function depsFromEnv(): DeliveryDeps {
  const env = parseEnv();
  return {
    mailer: env.smtp ? createMailer(env.smtp) : null,
    webhookTargets: { allowPrivateNetworks: env.monitor.allowPrivateNetworks },
    ...(env.publicUrl ? { publicUrl: env.publicUrl } : {}),
    ...(env.telegramApiUrl ? { telegramApiUrl: env.telegramApiUrl } : {}),
    ...(env.reminders.adminWebhookUrl ? { adminWebhookUrl: env.reminders.adminWebhookUrl } : {}),
  };
}
