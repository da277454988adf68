// At server start: open, migrate and seed the incident store (not on the first request), then start the
// background jobs.
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startIncidentStore } = await import("@/lib/startup/start-incident-store");
    await startIncidentStore();
    // Every background loop, stopped gracefully on SIGTERM/SIGINT.
    (await import("@/lib/lifecycle/background-jobs")).startBackgroundJobs();
    await (await import("@/lib/ops/metrics-listener")).startMetricsListenerFromEnv(); // /metrics on BEACON_METRICS_PORT
  }
}
