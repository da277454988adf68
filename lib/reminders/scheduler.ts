import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { createPeriodicJob } from "@/lib/jobs/periodic-job";
import { startOncePerProcess, stopInProcess } from "@/lib/jobs/process-singleton";
import { queueDueReminders } from "./queue-reminders";
import { reminderTimes } from "./settings";

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
        const prisma = await getPrisma();
        // Read each tick: an owner's change in the admin takes effect within a minute, on every instance.
        const times = await reminderTimes(prisma, {
          quietMinutes: env.reminders.quietMinutes,
          leadMinutes: env.reminders.maintenanceLeadMinutes,
        });
        const queued = await queueDueReminders(prisma, new Date(), {
          ...times,
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
