import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { announcePublicChange, type PublicSurfaceBridge, reportStoreHealth } from "@/lib/public-surface/bridge";
import { PublicCache, type RenderedResponse } from "./public-cache";

function harness(options: { maxAgeMs?: number; store?: Partial<PublicSurfaceBridge> } = {}) {
  const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set(), ...options.store };
  const state = { page: "v1", renders: 0, fail: false, status: 200, slow: 0 };
  const render = async (key: string): Promise<RenderedResponse> => {
    state.renders += 1;
    if (state.slow) await new Promise((resolve) => setTimeout(resolve, state.slow));
    if (state.fail) throw new Error("store down");
    const html = `<html><body><main>${key} ${state.page}</main></body></html>`;
    return { status: state.status, headers: [["content-type", "text/html; charset=utf-8"]], body: Buffer.from(html) };
  };
  const cache = new PublicCache({ bridge, render, maxAgeMs: options.maxAgeMs, warmAfterChange: 0 });
  const text = async (key: string) => {
    const found = await cache.lookup(key);
    return found ? { kind: found.kind, body: found.response.body.toString() } : null;
  };
  return { bridge, state, cache, text };
}

describe("PublicCache", () => {
  it("renders a page once however many readers ask at the same moment, then serves it from memory", async () => {
    const { state, cache, text } = harness();
    state.slow = 20;
    const answers = await Promise.all(Array.from({ length: 50 }, () => text("/")));
    expect(new Set(answers.map((a) => a?.body)).size).toBe(1);
    for (let i = 0; i < 100; i++) expect(cache.peek("/")).toBeDefined();
    expect(state.renders).toBe(1);
  });

  it("after the store announces a change, no reader gets the old page", async () => {
    const { bridge, state, text } = harness();
    expect((await text("/"))?.body).toContain("v1");
    state.page = "v2";
    announcePublicChange(bridge);
    expect((await text("/"))?.body).toContain("v2");
    expect(state.renders).toBe(2);
  });

  it("while the store is unreachable it serves a page it holds with the stale notice, without rendering it again", async () => {
    const { bridge, state, text, cache } = harness();
    await text("/");
    reportStoreHealth(false, bridge);
    expect(cache.peek("/")).toBeUndefined(); // the fast path never serves unmarked pages while the store is down
    const answer = await text("/");
    expect(answer?.kind).toBe("stale");
    expect(answer?.body).toContain("v1");
    expect(answer?.body).toMatch(/Status as of <time datetime="[^"]+">\d\d:\d\d UTC<\/time> — live updates paused/);
    expect(state.renders).toBe(1);
  });

  it("when a render fails it serves the last state, marked stale, instead of an error", async () => {
    const { bridge, state, text } = harness();
    await text("/");
    state.fail = true;
    announcePublicChange(bridge);
    expect(await text("/")).toMatchObject({ kind: "stale", body: expect.stringContaining("v1") });
  });

  it("renders a page never requested from the model while the store is down, marked stale (the issue-13 outage)", async () => {
    const { bridge, text, cache, state } = harness();
    reportStoreHealth(false, bridge);
    expect(await text("/history")).toMatchObject({ kind: "stale", body: expect.stringContaining("/history v1") });
    expect(cache.unanswered).toBe(0);
    await text("/history");
    expect(state.renders).toBe(1);
  });

  it("has nothing to give when even the model cannot render (no state kept yet), so Next answers", async () => {
    const { bridge, text, cache, state } = harness();
    state.fail = true;
    reportStoreHealth(false, bridge);
    expect(await text("/history")).toBeNull();
    expect(cache.unanswered).toBe(1);
  });

  it("does not keep server errors: the next reader tries again", async () => {
    const { state, text } = harness();
    state.status = 500;
    expect(await text("/")).toBeNull();
    state.status = 200;
    expect((await text("/"))?.kind).toBe("prepared");
  });

  it("serves an aged page at once and refreshes it behind the reader", async () => {
    const { state, text } = harness({ maxAgeMs: 0 });
    await text("/");
    state.page = "v2";
    expect((await text("/"))?.body).toContain("v1");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await text("/"))?.body).toContain("v2");
  });

  it("says the status is as of the model it was rendered from while the store is down", async () => {
    const { bridge, text } = harness();
    bridge.lastHealthyAt = null;
    bridge.modelAsOf = Date.UTC(2026, 10, 24, 6, 5);
    reportStoreHealth(false, bridge);
    expect(await text("/")).toMatchObject({
      kind: "stale",
      body: expect.stringContaining('Status as of <time datetime="2026-11-24T06:05:00.000Z">06:05 UTC'),
    });
    reportStoreHealth(true, bridge);
    expect(await text("/")).toMatchObject({ kind: "prepared", body: expect.stringContaining("/ v1") });
  });

  it("starts the render of a change at once, and a render outdated by it that lands last does not replace it", async () => {
    const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set() };
    const pending: ((page: string) => void)[] = [];
    const render = (): Promise<RenderedResponse> =>
      new Promise((resolve) =>
        pending.push((page) =>
          resolve({ status: 200, headers: [["content-type", "text/html"]], body: Buffer.from(`<body>${page}</body>`) }),
        ),
      );
    const cache = new PublicCache({ bridge, render, warmAfterChange: 0 });
    const first = cache.lookup("/");
    announcePublicChange(bridge);
    const second = cache.lookup("/");
    expect(pending).toHaveLength(2); // the reader after the change does not wait for the outdated render first
    pending[1]("after the change");
    pending[0]("before the change");
    await Promise.all([first, second]);
    expect((await first)?.response.body.toString()).toContain("after the change");
    expect((await second)?.response.body.toString()).toContain("after the change");
    expect(cache.peek("/")?.body.toString()).toContain("after the change");
  });

  it("answers a fresh render with brotli and gzip already made, one tag for the bytes, and edge workers get them", async () => {
    const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set() };
    const page = Buffer.from(`<html>${"<p>All systems operational</p>".repeat(200)}</html>`);
    const stored: string[] = [];
    const render = async (): Promise<RenderedResponse> => ({ status: 200, headers: [["content-type", "text/html"]], body: page });
    const cache = new PublicCache({ bridge, render, warmAfterChange: 0, onStored: (key) => stored.push(key) });
    const first = (await cache.lookup("/"))?.response;
    expect(brotliDecompressSync(first!.variants.br.body).equals(page)).toBe(true);
    expect(gunzipSync(first!.variants.gzip.body).equals(page)).toBe(true);
    const again = (await cache.lookup("/"))?.response;
    expect(again?.variants.br.headers.etag).toBe(first?.variants.br.headers.etag); // a conditional request matches
    expect(stored).toEqual(["/"]);
  });

  it("keeps the very same prepared response when a re-render changed nothing", async () => {
    const { state, cache } = harness({ maxAgeMs: 0 });
    const first = await cache.lookup("/");
    await cache.lookup("/"); // aged: refreshed behind the reader
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(state.renders).toBe(2);
    expect((await cache.lookup("/"))?.response).toBe(first?.response);
  });

  it("while the embedded store opens at start-up it serves the model kept on disk unmarked, and marks it once the store is known down", async () => {
    const { bridge, text } = harness({ store: { storeHealthy: false, storeWrittenOnlyHere: true, lastHealthyAt: null } });
    expect(await text("/")).toEqual({ kind: "prepared", body: "<html><body><main>/ v1</main></body></html>" });
    reportStoreHealth(false, bridge); // the opening failed
    expect((await text("/"))?.kind).toBe("stale");
  });

  it("marks answers stale from the first second while a store others write to (Postgres) has not answered yet", async () => {
    const { text } = harness({ store: { storeHealthy: false, storeWrittenOnlyHere: false, lastHealthyAt: null } });
    expect((await text("/"))?.kind).toBe("stale");
  });

  it("marks every answer stale while the store is down, badges included, though only pages carry a notice", async () => {
    const bridge: PublicSurfaceBridge = {
      version: 0,
      storeHealthy: false,
      storeDownSince: Date.now(),
      lastHealthyAt: null,
      listeners: new Set(),
    };
    const render = async (): Promise<RenderedResponse> => ({
      status: 200,
      headers: [["content-type", "image/svg+xml"]],
      body: Buffer.from("<svg>operational</svg>"),
    });
    const cache = new PublicCache({ bridge, render, warmAfterChange: 0 });
    const found = await cache.lookup("/badge.svg");
    expect(found?.kind).toBe("stale");
    expect(found?.response.variants.identity.headers["x-beacon-surface"]).toBe("stale");
    expect(found?.response.body.toString()).toBe("<svg>operational</svg>");
  });

  it("holds no more than its entry and byte caps under a flood of unique keys, dropping the least recently read", async () => {
    const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set() };
    const forgotten: string[] = [];
    let renders = 0;
    const render = async (key: string): Promise<RenderedResponse> => {
      renders += 1;
      return { status: 200, headers: [["content-type", "image/svg+xml"]], body: Buffer.from(`<svg>${key}${" ".repeat(1000)}</svg>`) };
    };
    const cache = new PublicCache({
      bridge,
      render,
      maxEntries: 100,
      maxBytes: 50_000,
      warmAfterChange: 0,
      onForgotten: (key) => forgotten.push(key),
    });
    await cache.lookup("/badge.svg");
    for (let i = 0; i < 2_000; i++) {
      await cache.lookup(`/badge.svg?label=${i}`);
      if (i % 10 === 0) cache.peek("/badge.svg"); // a real reader keeps the page's badge hot
    }
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.heldBytes).toBeLessThanOrEqual(50_000);
    expect(cache.peek("/badge.svg")).toBeDefined();
    expect(forgotten.length).toBe(2_001 - cache.size);
    expect(renders).toBe(2_001);
  });

  it("a component's status change outdates the page but not maintenance.ics, which is served without a render", async () => {
    const { bridge, state, cache, text } = harness();
    await text("/");
    await text("/maintenance.ics");
    await text("/api/v2/scheduled-maintenances.json");
    state.page = "v2";
    announcePublicChange(bridge, ["componentStatus", "statusChanges"]);
    expect(cache.peek("/")).toBeUndefined();
    expect(cache.peek("/api/v2/scheduled-maintenances.json")).toBeUndefined(); // its page.updated_at moves
    expect(cache.peek("/maintenance.ics")?.body.toString()).toContain("v1");
    expect((await text("/"))?.body).toContain("/ v2");
    expect((await text("/maintenance.ics"))?.body).toContain("/maintenance.ics v1");
    expect(state.renders).toBe(4); // three first renders, then only the page
    // A maintenance change does outdate it.
    announcePublicChange(bridge, ["maintenances"]);
    expect((await text("/maintenance.ics"))?.body).toContain("/maintenance.ics v2");
  });

  it("after a change renders only the few most read outdated URLs at once, and tells which keys it outdated", async () => {
    const bridge: PublicSurfaceBridge = { version: 0, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set() };
    const rendered: string[] = [];
    const outdated: string[][] = [];
    let page = "v1";
    const render = async (key: string): Promise<RenderedResponse> => {
      rendered.push(key);
      return { status: 200, headers: [["content-type", "application/json"]], body: Buffer.from(`${key} ${page}`) };
    };
    const cache = new PublicCache({ bridge, render, warmAfterChange: 1, onOutdated: (keys) => outdated.push(keys) });
    const keys = ["/maintenance.ics", ...Array.from({ length: 20 }, (_, i) => `/badge/c${i}.svg`)];
    for (const key of keys) await cache.lookup(key);
    rendered.length = 0;
    page = "v2";
    announcePublicChange(bridge, ["componentStatus"]);
    expect(outdated).toEqual([keys.slice(1)]); // the calendar does not show component statuses
    await cache.lookup("/badge/c3.svg");
    expect(rendered.length).toBeLessThanOrEqual(2); // the hottest one warmed, and the one asked for
    expect(cache.peek("/badge/c3.svg")?.body.toString()).toBe("/badge/c3.svg v2");
    expect(cache.peek("/badge/c7.svg")).toBeUndefined(); // rendered when next asked for
    expect((await cache.lookup("/badge/c7.svg"))?.response.body.toString()).toBe("/badge/c7.svg v2");
  });

  it("a held URL whose render fails after a change keeps serving its last bytes, marked stale", async () => {
    const { bridge, state, cache } = harness();
    await cache.lookup("/badge.svg");
    state.fail = true;
    announcePublicChange(bridge, ["componentStatus"]);
    const found = await cache.lookup("/badge.svg");
    expect(found?.kind).toBe("stale");
    expect(found?.response.variants.identity.headers["x-beacon-surface"]).toBe("stale");
    expect(found?.response.body.toString()).toContain("/badge.svg v1");
  });
});
