import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TrustedProxies } from "@/lib/net/client-address";
import { publicSurfaceBridge } from "@/lib/public-surface/bridge";
import { EdgeBroadcaster } from "./edge/edge-broadcaster";
import { createFrontHandler, loopbackRender } from "./front-handler";
import { loadSurface, saveSurface } from "./persisted-surface";
import { PublicCache } from "./public-cache";
import { stampClientAddress } from "./stamp-client-address";

type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface FrontServerOptions {
  port: number;
  hostname?: string;
  /** Where the last known surface is kept for a start while the store is down. */
  surfaceDir: string;
  nextHandler: NextHandler;
  /** Answers GET /_beacon/surface-stats (for `npm run bench`). */
  exposeStats?: boolean;
  renderTimeoutMs?: number;
  /**
   * Edge worker processes sharing the public port (node:cluster), each serving the prepared surface from its own
   * memory; this process then listens on loopback only, renders, and serves what they forward. 0: this process
   * serves the public port itself.
   */
  edgeWorkers?: number;
  /** BEACON_TRUSTED_PROXIES: peers whose X-Forwarded-For hops are believed (lib/net/client-address.ts). */
  trustedProxies?: TrustedProxies;
}

const SAVE_AFTER_CHANGE_MS = 2_000;
const SAVE_EVERY_MS = 60_000;

export async function startFrontServer(options: FrontServerOptions) {
  const bridge = publicSurfaceBridge();
  const renderToken = randomBytes(24).toString("base64url");
  const edgeToken = options.edgeWorkers ? randomBytes(24).toString("base64url") : undefined;
  let origin = "";
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    return saveSurface(options.surfaceDir, cache.persistable()).catch((error: Error) =>
      console.error("[beacon] could not keep the public surface on disk:", error.message),
    );
  };
  const edge = options.edgeWorkers ? new EdgeBroadcaster() : undefined;
  const cache = new PublicCache({
    bridge,
    render: (key) => loopbackRender(origin, renderToken, options.renderTimeoutMs ?? 2_000)(key),
    onStored: (key, response) => {
      edge?.refresh(key, response);
      saveTimer ??= setTimeout(() => void save(), SAVE_AFTER_CHANGE_MS);
    },
  });
  // Workers hold responses until told otherwise: any change of the store or of its health drops them all.
  if (edge) bridge.listeners.add(() => edge.clear());
  for (const { key, response, asOf } of await loadSurface(options.surfaceDir)) cache.restore(key, response, asOf);
  setInterval(() => (bridge.storeHealthy ? void save() : undefined), SAVE_EVERY_MS).unref();

  const front = createFrontHandler(
    cache,
    options.nextHandler,
    renderToken,
    edge ? (key, response) => edge.offer(key, response) : undefined,
  );
  const server = createServer((request, response) => {
    stampClientAddress(request, options.trustedProxies ?? [], edgeToken);
    if (options.exposeStats && request.url === "/_beacon/surface-stats") {
      const stats = {
        renders: cache.renders,
        renderFailures: cache.renderFailures,
        unanswered: cache.unanswered,
        entries: cache.size,
        version: bridge.version,
        storeHealthy: bridge.storeHealthy,
        rss: process.memoryUsage.rss(),
      };
      response.writeHead(200, { "content-type": "application/json", "x-content-type-options": "nosniff" }).end(JSON.stringify(stats));
      return;
    }
    void front(request, response);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  const [port, hostname] = edge ? [0, "127.0.0.1"] : [options.port, options.hostname];
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address() as AddressInfo;
  // Bound to every interface: render through IPv4 loopback; bound to one address (::1 included): through it.
  const loopback = ["0.0.0.0", "::"].includes(address.address) ? "127.0.0.1" : address.address;
  origin = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${address.port}`;

  if (edge) {
    startEdgeWorkers(options.edgeWorkers!, { BEACON_EDGE_PRIMARY_PORT: String(address.port), BEACON_EDGE_TOKEN: edgeToken! }, edge);
    // Workers never ask about what they hold, so pages they serve are re-rendered here when they age.
    setInterval(() => {
      for (const key of edge.keys()) void cache.lookup(key).catch(() => undefined);
    }, 15_000).unref();
  }

  const shutdown = async () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    server.close();
    await save();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
  return { server, origin, cache };
}

let stopping = false;

function startEdgeWorkers(count: number, env: Record<string, string>, edge: EdgeBroadcaster) {
  cluster.setupPrimary({ serialization: "advanced" }); // responses carry Buffers
  const fork = () => {
    const worker = cluster.fork(env);
    edge.add(worker);
    worker.once("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[beacon] edge worker exited (${signal ?? code}); starting another`);
        setTimeout(fork, 1_000).unref();
      }
    });
  };
  for (let i = 0; i < count; i++) fork();
}
