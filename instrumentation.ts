// At server start: the public read model kept on disk first, so that a start while the store is down or frozen
// answers every public URL at once; then, without holding the server back, open, migrate and seed the incident
// store and start the background jobs once it is open (or known unreachable). With a model on disk the store opens
// only once the front server has prepared the status page from it (lib/public-surface/first-pages.ts).

/** The longest the store waits for the first pages to be prepared. */
const FIRST_PAGES_WAIT_MS = 5_000;

export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const path = await import("node:path");
    const { traceBoot } = await import("@/lib/startup-trace/boot-trace");
    const { firstPagesPrepared } = await import("@/lib/public-surface/first-pages");
    const { startPublicModel } = await import("@/lib/public-model/hold");
    const { publicSurfaceBridge } = await import("@/lib/public-surface/bridge");
    publicSurfaceBridge().storeWrittenOnlyHere = !process.env.DATABASE_URL?.trim(); // the embedded database
    // The front server renders JSON, badges, feeds and markdown through this, without a request through Next.
    publicSurfaceBridge().renderDirect = (await import("@/lib/direct-render/render")).renderDirect;
    const firstPages = firstPagesPrepared(FIRST_PAGES_WAIT_MS);
    const dir = path.resolve(process.env.BEACON_DATA_DIR || "./data", "public-surface");
    const loadedFromDisk = await startPublicModel(dir, { afterLoaded: firstPages });
    const storeOpens = loadedFromDisk ? firstPages : Promise.resolve();
    traceBoot("public model loaded from disk");
    await (await import("@/lib/ops/metrics-listener")).startMetricsListenerFromEnv(); // /metrics on BEACON_METRICS_PORT
    const { startIncidentStore } = await import("@/lib/startup/start-incident-store");
    void startIncidentStore(storeOpens).then(startBackgroundJobs);
    const { startViewerKey } = await import("@/lib/page-access/viewer-key"); // private pages' viewer cookies
    void storeOpens.then(startViewerKey);
  }
}

/** Every background loop, and the change feed the public model follows; stopped gracefully on SIGTERM/SIGINT. */
async function startBackgroundJobs() {
  (await import("@/lib/lifecycle/background-jobs")).startBackgroundJobs();
}
