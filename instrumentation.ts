// At server start: the public read model kept on disk first, so that a start while the store is down or frozen
// answers every public URL at once; then, without holding the server back, open, migrate and seed the incident
// store and start the background work once it is open (or known unreachable).
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const path = await import("node:path");
    const { startPublicModel } = await import("@/lib/public-model/hold");
    await startPublicModel(path.resolve(process.env.BEACON_DATA_DIR || "./data", "public-surface"));
    const { startIncidentStore } = await import("@/lib/db/start");
    void startIncidentStore().then(startBackgroundWork);
  }
}

async function startBackgroundWork() {
  const { startMaintenanceScheduler } = await import("@/lib/maintenance/scheduler");
  startMaintenanceScheduler(); // starts and completes scheduled maintenance on time, every 15 s
  (await import("@/lib/notifications/worker")).startNotificationWorker(); // sends queued subscriber notifications, every 2 s
  (await import("@/lib/monitor-runner/scheduler")).startMonitorScheduler(); // health checks, claimed every 200 ms
  const { startPublicChangeFeed } = await import("@/lib/public-surface/start-change-feed");
  startPublicChangeFeed(); // the store's change notices and health: the public model follows them (lib/public-model)
}
