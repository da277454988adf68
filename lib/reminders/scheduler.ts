import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { queueDueReminders } from "./queue-reminders";

export const REMINDER_TICK_MS = 60_000;
const JOB_KEY = "operator-reminders";

/** Looks for quiet incidents and maintenance about to start every minute, once per process; errors are logged. */
export function startReminderScheduler({ intervalMs = REMINDER_TICK_MS }: { intervalMs?: number } = {}): boolean {
  return startOncePerProcess(JOB_KEY, () => {
    const env = parseEnv();
    const job = createPeriodicJob({
      name: "operator reminders",
      intervalMs,
      run: async () => {
        const queued = await queueDueReminders(await getPrisma(), new Date(), {
          quietMinutes: env.reminders.quietMinutes,
          leadMinutes: env.reminders.maintenanceLeadMinutes,
          mail: Boolean(env.smtp),
          adminWebhook: Boolean(env.reminders.adminWebhookUrl),
        });
        for (const key of queued) console.log(`[beacon] operator reminder queued: ${key}`);
      },
    });
    job.start();
    return job;
  });
}

export function stopReminderScheduler(): Promise<void> {
  return stopInProcess(JOB_KEY);
}
