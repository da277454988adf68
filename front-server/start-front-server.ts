import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onShutdown } from "@/lib/lifecycle/shutdown";
import type { TrustedProxies } from "@/lib/net/client-address";
import { type PageOfRequest, resolvedPageOf } from "@/lib/page-access/page-of-request";
import { isStoreOutOfReach, publicSurfaceBridge } from "@/lib/public-surface/bridge";
import { prepareFirstPages } from "@/lib/public-surface/first-pages";
import { countRequest } from "@/lib/telemetry/metrics";
import { routeClassOf } from "@/lib/telemetry/route-class";
import { directFirst, directRenderOf } from "./direct-first";
import { EdgeBroadcaster } from "./edge/edge-broadcaster";
import { createFrontHandler, loopbackRender } from "./front-handler";
import { startStaticMirror } from "./mirror/start-mirror";
import { PublicCache, type Render } from "./public-cache";
import { answerRenderPaths, RENDER_PATHS_PATH } from "./render-comparison";
import { stampClientAddress } from "./stamp-client-address";

type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface FrontServerOptions {
  port: number;
  hostname?: string;
  nextHandler: NextHandler;
  /** Answers GET /_beacon/surface-stats (for `npm run bench`). */
  exposeStats?: boolean;
  /**
   * How long a render of a public URL may take. Public renders read only the in-memory model, never the store, so
   * a slow render means a busy machine, not a hung store: waiting is better than rendering the URL a second time
   * outside the cache (which would also lose the stale notice during an outage).
   */
  renderTimeoutMs?: number;
  /**
   * Edge worker processes sharing the public port (node:cluster), each serving the prepared surface from its own
   * memory; this process then listens on loopback only, renders, and serves what they forward. 0: this process
   * serves the public port itself.
   */
  edgeWorkers?: number;
  /** BEACON_TRUSTED_PROXIES: peers whose X-Forwarded-For hops are believed (lib/net/client-address.ts). */
  trustedProxies?: TrustedProxies;
  /** Which page a public request reads (lib/page-access/page-of-request.ts); one page by default. */
  pageOf?: PageOfRequest;
}

/** How often the primary re-checks what the edge workers hold (it renders those that aged). */
const EDGE_RECHECK_MS = 15_000;

export async function startFrontServer(options: FrontServerOptions) {
  const bridge = publicSurfaceBridge();
  const renderToken = randomBytes(24).toString("base64url");
  const edgeToken = options.edgeWorkers ? randomBytes(24).toString("base64url") : undefined;
  let origin = "";
  const edge = options.edgeWorkers ? new EdgeBroadcaster() : undefined;
  const throughNext: Render = (key) => loopbackRender(origin, renderToken, options.renderTimeoutMs ?? 15_000)(key);
  const direct = directRenderOf(bridge, () => new URL(origin).host);
  const cache = new PublicCache({
    bridge,
    // JSON, badges, feeds and markdown straight from the model (direct-first.ts); HTML pages through Next.
    render: directFirst(direct, throughNext),
    onStored: (key, response) => edge?.refresh(key, response),
    // Workers hold no more than the primary does: what it forgets, they forget.
    onForgotten: (key) => edge?.forget(key),
    // A change of the model drops, in the workers too, only the responses reading what it changed.
    onOutdated: (keys) => {
      for (const key of keys) edge?.forget(key);
    },
  });
  // Workers hold responses until told otherwise: a change of the store's health drops them all.
  if (edge) {
    edge.pages(bridge.refs?.pages);
    let seen = { version: bridge.version, healthy: bridge.storeHealthy };
    let seenAccess = { rules: bridge.accessRules, key: bridge.viewerKey };
    const shareAccess = () => {
      if (seenAccess.rules === bridge.accessRules && seenAccess.key === bridge.viewerKey) return;
      seenAccess = { rules: bridge.accessRules, key: bridge.viewerKey };
      edge.setAccess([...(bridge.accessRules?.values() ?? [])], bridge.viewerKey);
    };
    if (bridge.accessRules) edge.setAccess([...bridge.accessRules.values()], bridge.viewerKey);
    bridge.listeners.add(() => {
      shareAccess();
      if (seen.version === bridge.version && seen.healthy === bridge.storeHealthy) return;
      const healthChanged = seen.healthy !== bridge.storeHealthy;
      seen = { version: bridge.version, healthy: bridge.storeHealthy };
      if (healthChanged || !bridge.storeHealthy) edge.clear();
      edge.pages(bridge.refs?.pages);
    });
  }

  const front = createFrontHandler(
    cache,
    options.nextHandler,
    renderToken,
    edge ? (key, response) => edge.offer(key, response) : undefined,
    () => bridge.refs,
    () => isStoreOutOfReach(bridge),
    { gate: () => ({ rules: bridge.accessRules, viewerKey: bridge.viewerKey }), pageOf: options.pageOf ?? resolvedPageOf },
  );
  const server = createServer((request, response) => {
    stampClientAddress(request, options.trustedProxies ?? [], edgeToken);
    if (options.exposeStats && request.url === "/_beacon/surface-stats") {
      const stats = {
        renders: cache.renders,
        renderFailures: cache.renderFailures,
        unanswered: cache.unanswered,
        entries: cache.size,
        bytes: cache.heldBytes,
        edgeKeys: edge?.keys().length ?? 0,
        version: bridge.version,
        storeHealthy: bridge.storeHealthy,
        rss: process.memoryUsage.rss(),
      };
      response.writeHead(200, { "content-type": "application/json", "x-content-type-options": "nosniff" }).end(JSON.stringify(stats));
      return;
    }
    if (options.exposeStats && request.url?.startsWith(`${RENDER_PATHS_PATH}?`)) {
      void answerRenderPaths(request.url, bridge, { direct, throughNext }, response);
      return;
    }
    response.once("finish", () => countRequest(routeClassOf(request.url ?? "/"), response.statusCode));
    void front(request, response);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  const [port, hostname] = edge ? [0, "127.0.0.1"] : [options.port, options.hostname];
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address() as AddressInfo;
  // Bound to every interface: render through IPv4 loopback; bound to one address (::1 included): through it.
  const loopback = ["0.0.0.0", "::"].includes(address.address) ? "127.0.0.1" : address.address;
  origin = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${address.port}`;

  // The status page first, from the model kept on disk, before the store opens (lib/public-surface/first-pages.ts).
  prepareFirstPages(cache.lookup("/"));

  if (edge) {
    startEdgeWorkers(options.edgeWorkers!, { BEACON_EDGE_PRIMARY_PORT: String(address.port), BEACON_EDGE_TOKEN: edgeToken! }, edge);
    // Workers never ask about what they hold, so pages they serve are re-rendered here when they age.
    // Only keys the primary still holds are sent (bounded by the cache), so this is bounded too.
    setInterval(() => {
      for (const key of edge.keys()) void cache.lookup(key).catch(() => undefined);
    }, EDGE_RECHECK_MS).unref();
  }

  // A copy of the public surface on another host or bucket (front-server/mirror): off unless BEACON_MIRROR_* is set.
  startStaticMirror({ bridge, cache, origin: () => origin });

  // Beside the background jobs' step (lib/lifecycle): the listener closes, requests in flight are answered, then exit.
  onShutdown("front server", async () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections(); // idle keep-alive connections would hold the listener open for a minute
    await closed;
  });
  return { server, origin, cache };
}

let stopping = false;

function startEdgeWorkers(count: number, env: Record<string, string>, edge: EdgeBroadcaster) {
  // Responses carry Buffers. A worker allocates little per request (prepared bytes live outside the V8 heap), so a
  // small young generation serves it as well and keeps each worker's RSS from growing under load.
  cluster.setupPrimary({ serialization: "advanced", execArgv: [...process.execArgv, "--max-semi-space-size=2"] });
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
