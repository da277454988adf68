// A local target for monitor tests: it answers 200, 502, slowly, or never, as the test switches it.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type HealthMode = "ok" | "bad-gateway" | "slow" | "hang";

export interface HealthServer {
  url: string;
  port: number;
  mode: HealthMode;
  /** How long "slow" waits before answering 200. */
  slowMs: number;
  requests: number;
  close(): Promise<void>;
}

export async function startHealthServer(): Promise<HealthServer> {
  const hanging = new Set<http.ServerResponse>();
  const state = { mode: "ok" as HealthMode, slowMs: 300, requests: 0 };
  const server = http.createServer((request, response) => {
    state.requests++;
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/redirect") return void response.writeHead(302, { location: "/health" }).end();
    if (path === "/redirect-to-metadata") {
      return void response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    }
    if (path === "/json")
      return void response.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok","db":{"up":false}}');
    if (state.mode === "bad-gateway") return void response.writeHead(502).end("upstream down");
    if (state.mode === "hang") return void hanging.add(response);
    const answer = () => response.writeHead(200, { "content-type": "text/plain" }).end("all systems go");
    if (state.mode === "slow") setTimeout(answer, state.slowMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/health`,
    port,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  }) as HealthServer;
}
