// Beacon's production server: Next renders every page, and the public surface (status page, incidents,
// history, badges, widget, API, feeds) is served from bytes prepared in memory whenever the store changes —
// fast under a burst, and still answering while the store is down. With several cores, edge worker processes
// share the public port and serve the prepared surface on each of them. See front-server/ and lib/public-surface/.
import cluster from "node:cluster";
import os from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
const hostname = values.hostname ?? process.env.BEACON_HOST;
// Each edge worker holds about 60-75 MB. On two cores or fewer they cost more than they earn: the primary already
// serves prepared bytes near nginx's rate there, and the workers would compete with it for the same cores.
const cores = os.availableParallelism();
const edgeWorkers = Number(process.env.BEACON_EDGE_WORKERS ?? (cores > 2 ? Math.min(4, cores) : 0));
if (!Number.isInteger(edgeWorkers) || edgeWorkers < 0) throw new Error(`Invalid BEACON_EDGE_WORKERS: ${process.env.BEACON_EDGE_WORKERS}`);

const { parseTrustedProxies } = await import("@/lib/net/client-address");
const trustedProxies = (() => {
  try {
    return parseTrustedProxies(process.env.BEACON_TRUSTED_PROXIES);
  } catch (error) {
    throw new Error(`Invalid BEACON_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
})();

if (cluster.isWorker) {
  const { startEdgeWorker } = await import("@/front-server/edge/start-edge-worker");
  const primaryPort = Number(process.env.BEACON_EDGE_PRIMARY_PORT);
  startEdgeWorker({ port, hostname, primaryPort, edgeToken: process.env.BEACON_EDGE_TOKEN!, trustedProxies });
} else {
  const { traceBoot } = await import("@/lib/startup-trace/boot-trace");
  traceBoot("server module loaded");
  (process.env as Record<string, string>).NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const { startFrontServer } = await import("@/front-server/start-front-server");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  traceBoot("Next prepared");
  await startFrontServer({
    port,
    hostname,
    nextHandler: app.getRequestHandler(),
    exposeStats: process.env.BEACON_SURFACE_STATS === "true",
    edgeWorkers,
    trustedProxies,
  });
  traceBoot("listening");
  const where = `http://${hostname ?? "localhost"}:${port}`;
  console.log(`[beacon] ready on ${where}${edgeWorkers ? ` (${edgeWorkers} edge workers)` : ""}`);
}
