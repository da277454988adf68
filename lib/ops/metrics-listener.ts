import "server-only";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { parseEnv } from "@/lib/env";
import { hasMetricsToken, renderMetrics } from "./metrics-endpoint";

// BEACON_METRICS_PORT: /metrics on a listener of its own, so it can stay off the public port and behind a
// firewall. With BEACON_METRICS_TOKEN also set, this listener asks for the token too.

const holder = globalThis as typeof globalThis & { __beaconMetricsStarted?: boolean };

export interface MetricsListenerOptions {
  port: number;
  host?: string;
  token?: string;
  database?: () => Promise<Database>;
}

export async function startMetricsListener(options: MetricsListenerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const database = options.database ?? getDatabase;
  const server = createServer(async (request, response) => {
    if (request.method !== "GET" || request.url?.split("?", 1)[0] !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found; try /metrics\n");
      return;
    }
    if (options.token && !hasMetricsToken(request.headers.authorization ?? null, options.token)) {
      response.writeHead(401, { "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' });
      response.end("Send Authorization: Bearer <BEACON_METRICS_TOKEN>\n");
      return;
    }
    const { body, contentType } = await renderMetrics(database());
    response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts the metrics listener when BEACON_METRICS_PORT is set, once per process. */
export async function startMetricsListenerFromEnv(): Promise<void> {
  const { port, token } = parseEnv().metrics;
  if (!port || holder.__beaconMetricsStarted) return;
  holder.__beaconMetricsStarted = true;
  const started = await startMetricsListener({ port, host: process.env.BEACON_HOST || undefined, token });
  console.log(`[beacon] metrics on port ${started.port}/metrics`);
}
