import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { publicSurfaceBridge } from "../bridge";
import { createFrontHandler, loopbackRender } from "./front-handler";
import { loadSurface, saveSurface } from "./persisted-surface";
import { PublicCache } from "./public-cache";

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
}

const SAVE_AFTER_CHANGE_MS = 2_000;
const SAVE_EVERY_MS = 60_000;

export async function startFrontServer(options: FrontServerOptions) {
  const bridge = publicSurfaceBridge();
  const renderToken = randomBytes(24).toString("base64url");
  let origin = "";
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    return saveSurface(options.surfaceDir, cache.persistable()).catch((error: Error) =>
      console.error("[beacon] could not keep the public surface on disk:", error.message),
    );
  };
  const cache = new PublicCache({
    bridge,
    render: (key) => loopbackRender(origin, renderToken, options.renderTimeoutMs ?? 2_000)(key),
    onStored: () => (saveTimer ??= setTimeout(() => void save(), SAVE_AFTER_CHANGE_MS)),
  });
  for (const { key, response, asOf } of await loadSurface(options.surfaceDir)) cache.restore(key, response, asOf);
  setInterval(() => (bridge.storeHealthy ? void save() : undefined), SAVE_EVERY_MS).unref();

  const front = createFrontHandler(cache, options.nextHandler, renderToken);
  const server = createServer((request, response) => {
    if (options.exposeStats && request.url === "/_beacon/surface-stats") {
      const stats = { renders: cache.renders, renderFailures: cache.renderFailures, unanswered: cache.unanswered, entries: cache.size, version: bridge.version, storeHealthy: bridge.storeHealthy, rss: process.memoryUsage.rss() };
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats));
      return;
    }
    void front(request, response);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  const address = server.address() as AddressInfo;
  const loopback = ["0.0.0.0", "::", "::1"].includes(address.address) ? "127.0.0.1" : address.address;
  origin = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${address.port}`;

  const shutdown = async () => {
    server.close();
    await save();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
  return { server, origin, cache };
}
