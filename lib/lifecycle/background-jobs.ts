import "server-only";
import { startAlertHousekeeping, stopAlertHousekeeping } from "@/lib/integrations/start-alert-housekeeping";
import { startMaintenanceScheduler, stopMaintenanceScheduler } from "@/lib/maintenance/scheduler";
import { startMonitorScheduler, stopMonitorScheduler } from "@/lib/monitor-runner/start-monitor-scheduler";
import { startNotificationWorker, stopNotificationWorker } from "@/lib/notifications/worker";
import { startProbeRounds, stopProbeRounds } from "@/lib/probes/start-probe-rounds";
import { startPublicChangeFeed, stopPublicChangeFeed } from "@/lib/public-surface/start-change-feed";
import { startReminderScheduler, stopReminderScheduler } from "@/lib/reminders/scheduler";
import { startUpstreamPoller, stopUpstreamPoller } from "@/lib/upstreams/start-upstream-poller";
import { onShutdown } from "./shutdown";

/** Starts every background loop of this process (once; at boot, after the store is open) and stops them on shutdown. */
export function startBackgroundJobs(): void {
  startMaintenanceScheduler(); // starts and completes scheduled maintenance on time, every 15 s
  startNotificationWorker(); // sends queued subscriber notifications, every 2 s
  startMonitorScheduler(); // health checks, claimed every 200 ms
  startReminderScheduler(); // reminds admins of quiet incidents and maintenance about to start, every minute
  startUpstreamPoller(); // vendors' status pages mirrored by components, claimed every second
  startProbeRounds(); // remote probes: rounds past their deadline decided, silent locations marked offline, every 1 s
  startAlertHousekeeping(); // resolves alert incidents after the quiet period, every 10 s
  startPublicChangeFeed(); // the store's change notices and health, for the prepared public surface (server.ts)
  onShutdown("background jobs", stopBackgroundJobs);
}

/**
 * Stops claiming new work everywhere, lets the checks and deliveries in flight finish within the grace period, and
 * hands back the rest for another instance to pick up at once.
 */
export async function stopBackgroundJobs(): Promise<void> {
  await Promise.all([
    stopMaintenanceScheduler(),
    stopNotificationWorker(),
    stopMonitorScheduler(),
    stopReminderScheduler(),
    stopUpstreamPoller(),
    stopProbeRounds(),
    stopAlertHousekeeping(),
  ]);
  stopPublicChangeFeed();
}
