import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, EDGE_TOKEN_HEADER, parseTrustedProxies } from "@/lib/net/client-address";
import { startEdgeWorker } from "./edge/start-edge-worker";
import { stampClientAddress } from "./stamp-client-address";

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A stand-in primary: stamps as the front server does and answers with what Next would see. */
async function primary(trusted: string | undefined, edgeToken?: string) {
  const server = createServer((request, response) => {
    stampClientAddress(request, parseTrustedProxies(trusted), edgeToken);
    response.end(JSON.stringify({ address: request.headers[CLIENT_ADDRESS_HEADER], token: request.headers[EDGE_TOKEN_HEADER] ?? null }));
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

const seen = async (port: number, headers: Record<string, string>) =>
  (await fetch(`http://127.0.0.1:${port}/`, { headers })).json() as Promise<{ address: string; token: string | null }>;

describe("the client address handed to Next", () => {
  it("is the socket address when no proxy is trusted, whatever the client writes", async () => {
    const port = await primary(undefined);
    const spoofed = { "x-forwarded-for": "198.51.100.1", [CLIENT_ADDRESS_HEADER]: "198.51.100.2" };
    expect(await seen(port, spoofed)).toEqual({ address: "127.0.0.1", token: null });
  });

  it("is the right-most untrusted X-Forwarded-For hop when the peer is a trusted proxy", async () => {
    const port = await primary("127.0.0.1/32");
    expect((await seen(port, { "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).address).toBe("203.0.113.7");
  });

  it("is what an edge worker stamped from its own socket, and a client cannot forge the worker's token", async () => {
    const port = await primary(undefined, "edge-secret");
    const forged = { [CLIENT_ADDRESS_HEADER]: "198.51.100.2", [EDGE_TOKEN_HEADER]: "guess" };
    expect(await seen(port, forged)).toEqual({ address: "127.0.0.1", token: null });

    const edgePort = 40_000 + Math.floor(Math.random() * 10_000);
    // The worker trusts its loopback peer (a proxy in front of it); the primary trusts nothing but the token.
    const trustedProxies = parseTrustedProxies("127.0.0.1/32");
    startEdgeWorker({ port: edgePort, hostname: "127.0.0.1", primaryPort: port, edgeToken: "edge-secret", trustedProxies });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const viaProxy = { "x-forwarded-for": "198.51.100.1, 203.0.113.7", [CLIENT_ADDRESS_HEADER]: "198.51.100.2" };
    expect(await seen(edgePort, viaProxy)).toEqual({ address: "203.0.113.7", token: null });
  });
});
