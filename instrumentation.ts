// At server start: open, migrate and seed the incident store (not on the first request), then start the
// maintenance scheduler.
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startIncidentStore } = await import("@/lib/startup/start-incident-store");
    await startIncidentStore();
    const { startMaintenanceScheduler } = await import("@/lib/maintenance/scheduler");
    startMaintenanceScheduler(); // starts and completes scheduled maintenance on time, every 15 s
    (await import("@/lib/notifications/worker")).startNotificationWorker(); // sends queued subscriber notifications, every 2 s
    (await import("@/lib/monitor-runner/scheduler")).startMonitorScheduler(); // health checks, claimed every 200 ms
    const { startPublicChangeFeed } = await import("@/lib/public-surface/start-change-feed");
    startPublicChangeFeed(); // the store's change notices and health, for the prepared public surface (server.ts)
  }
}
