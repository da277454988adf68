import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { announcePublicChange, type PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { createFrontHandler } from "./front-handler";
import { PublicCache, type RenderedResponse } from "./public-cache";

// Freshness through the front server over HTTP: after a change, the next request for a held URL gets the new bytes
// from a render of that URL alone, while the renders of every other URL the change outdated have not finished
// (they never do here), so nothing waits for a sweep of every held URL. Behaviour only, no timing.

const HELD = [
  "/api/v2/summary.json", // read first: the least recently read, so not among those warmed after the change
  ...Array.from({ length: 12 }, (_, i) => `/badge/c${i}.svg`),
  "/api/v2/components.json",
  "/maintenance.ics",
];

const hanging: (() => void)[] = [];
afterEach(() => {
  for (const release of hanging.splice(0)) release();
});

describe("freshness through the front server", () => {
  it("answers the next request for a held URL with the new bytes, without waiting for the other outdated URLs", async () => {
    const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set() };
    let state = "operational";
    let askedFor: string | null = null;
    const renders: string[] = [];
    const finished: string[] = [];
    const render = async (key: string): Promise<RenderedResponse> => {
      renders.push(key);
      const shown = state;
      // After the change only the URL a reader asks for ever finishes rendering: a sweep would never end.
      if (shown !== "operational" && key !== askedFor) await new Promise<void>((resolve) => hanging.push(resolve));
      finished.push(key);
      return { status: 200, headers: [["content-type", "application/json"]], body: Buffer.from(`${key}: ${shown}`) };
    };
    const cache = new PublicCache({ bridge, render });
    const front = createFrontHandler(cache, (_request, response) => void response.writeHead(502).end("Next answered"), "token");
    const server = createServer((request, response) => void front(request, response));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const read = async (url: string) => {
      const answer = await fetch(`${origin}${url}`);
      return { status: answer.status, body: await answer.text(), surface: answer.headers.get("x-beacon-surface") };
    };
    try {
      for (const url of HELD) expect((await read(url)).body).toBe(`${url}: operational`);
      renders.length = 0;
      finished.length = 0;

      state = "major_outage";
      askedFor = "/api/v2/summary.json";
      announcePublicChange(bridge, ["componentStatus"]);
      expect(await read("/api/v2/summary.json")).toEqual({
        status: 200,
        body: "/api/v2/summary.json: major_outage",
        surface: "prepared",
      });
      // Every other outdated URL is still unrendered (some warming, the rest waiting to be asked for) ...
      expect(finished).toEqual(["/api/v2/summary.json"]);
      expect(renders.length).toBeLessThan(HELD.length - 1);
      // ... and a URL the change does not touch is served from memory, not rendered again.
      expect((await read("/maintenance.ics")).body).toBe("/maintenance.ics: operational");
      expect(renders).not.toContain("/maintenance.ics");
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
