// At server start: the public read model kept on disk first, so that a start while the store is down or frozen
// answers every public URL at once; then, without holding the server back, open, migrate and seed the incident
// store and start the background jobs once it is open (or known unreachable).
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const path = await import("node:path");
    const { startPublicModel } = await import("@/lib/public-model/hold");
    await startPublicModel(path.resolve(process.env.BEACON_DATA_DIR || "./data", "public-surface"));
    await (await import("@/lib/ops/metrics-listener")).startMetricsListenerFromEnv(); // /metrics on BEACON_METRICS_PORT
    const { startIncidentStore } = await import("@/lib/startup/start-incident-store");
    void startIncidentStore().then(startBackgroundJobs);
    void (await import("@/lib/page-access/viewer-key")).startViewerKey(); // private pages' viewer cookies
  }
}

/** Every background loop, and the change feed the public model follows; stopped gracefully on SIGTERM/SIGINT. */
async function startBackgroundJobs() {
  (await import("@/lib/lifecycle/background-jobs")).startBackgroundJobs();
}
