// A Beacon instance's probe API on loopback (or a given address), backed by the test's database: the same handlers
// the app routes call, without Next. Two of these on one Postgres are two Beacon instances.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pullAssignments, pushResults } from "@/lib/probes/http-api";

export interface ProbeApiServer {
  url: string;
  /** Answers 503 to every request while true (a Beacon outage, as the probe sees it). */
  down: boolean;
  requests: number;
  close(): Promise<void>;
}

export async function startProbeApiServer(prisma: PrismaClient, host = "127.0.0.1"): Promise<ProbeApiServer> {
  const state = { down: false, requests: 0 };
  const server = http.createServer(async (req, res) => {
    state.requests++;
    if (state.down) return void res.writeHead(503).end("down");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://${host}${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
    });
    const path = new URL(request.url).pathname;
    const store = async () => prisma;
    const response =
      path === "/api/probe/v1/assignments"
        ? await pullAssignments(request, store)
        : path === "/api/probe/v1/results"
          ? await pushResults(request, store)
          : new Response("not found", { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
