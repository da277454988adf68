import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { keptHeaders, type PreparedResponse, prepareAgain, prepareResponse } from "./prepared-response";
import { withStaleNotice } from "./stale-notice";

// The public surface, prepared: each public URL's response rendered once by Next and kept in memory until the
// store announces a change. Readers never wait on the store: while it is unreachable they get the last state,
// marked stale; a changed page is rendered once however many readers ask for it at the same moment.

export interface RenderedResponse {
  status: number;
  headers: Iterable<[string, string]>;
  body: Buffer;
}

export type Render = (key: string) => Promise<RenderedResponse>;

interface Entry {
  response: PreparedResponse;
  /** The bridge version the response was rendered at; -1 when loaded from disk. */
  version: number;
  renderedAt: number;
  lastUsedAt: number;
  stale?: { asOf: number; response: PreparedResponse };
}

export interface PublicCacheOptions {
  bridge: PublicSurfaceBridge;
  render: Render;
  /** Past this age an entry is re-rendered in the background (time moves: "today", countdowns). */
  maxAgeMs?: number;
  maxEntries?: number;
  /** After a change, this many most recently read URLs are rendered at once, before anyone asks. */
  warmAfterChange?: number;
  onStored?: (key: string, response: PreparedResponse) => void;
}

export interface Lookup {
  response: PreparedResponse;
  kind: "prepared" | "stale";
}

const WARM_CONCURRENCY = 3;

/** Statuses worth keeping: a burst of 404s for a removed incident is answered from memory too. */
const KEPT_STATUSES = new Set([200, 301, 302, 307, 308, 400, 404, 410, 422]);

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, { version: number; work: Promise<Entry> }>();
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly warmAfterChange: number;
  private seenVersion: number;
  renders = 0;
  renderFailures = 0;
  /** Lookups with nothing to give: Next answered those itself (and read the store). */
  unanswered = 0;

  constructor(private readonly options: PublicCacheOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.warmAfterChange = options.warmAfterChange ?? 16;
    this.seenVersion = options.bridge.version;
    options.bridge.listeners.add(() => this.onBridgeEvent());
  }

  get size() {
    return this.entries.size;
  }

  /** The prepared response when it is current: the synchronous path taken by nearly every request. */
  peek(key: string): PreparedResponse | undefined {
    const { bridge } = this.options;
    const entry = this.entries.get(key);
    if (!entry || entry.version !== bridge.version || !bridge.storeHealthy) return undefined;
    const now = Date.now();
    if (now - entry.renderedAt >= this.maxAgeMs) return undefined;
    entry.lastUsedAt = now;
    return entry.response;
  }

  /** The response for `key`, or null when there is none to give and Next must answer itself. */
  async lookup(key: string): Promise<Lookup | null> {
    const { bridge } = this.options;
    const entry = this.entries.get(key);
    const now = Date.now();
    if (entry) entry.lastUsedAt = now;
    const current = entry !== undefined && entry.version === bridge.version;
    if (!bridge.storeHealthy) return entry ? this.stale(entry) : this.nothing();
    if (entry && current && now - entry.renderedAt < this.maxAgeMs) return { response: entry.response, kind: "prepared" };
    if (entry && current) {
      void this.renderOnce(key).catch(() => undefined); // only aged: serve it, refresh behind
      return { response: entry.response, kind: "prepared" };
    }
    try {
      return { response: (await this.renderOnce(key)).response, kind: "prepared" };
    } catch {
      return entry ? this.stale(entry) : this.nothing();
    }
  }

  private nothing(): null {
    this.unanswered += 1;
    return null;
  }

  /** Entries worth keeping on disk for a start while the store is down. */
  *persistable(): Iterable<{ key: string; response: PreparedResponse; asOf: number }> {
    for (const [key, entry] of this.entries) {
      if (entry.response.status === 200) yield { key, response: entry.response, asOf: this.asOf(entry) };
    }
  }

  /** Loads entries kept on disk; they are served only until they can be rendered anew. */
  restore(key: string, response: PreparedResponse, asOf: number) {
    if (this.entries.has(key)) return;
    this.entries.set(key, { response, version: -1, renderedAt: asOf, lastUsedAt: 0 });
  }

  private renderOnce(key: string): Promise<Entry> {
    const version = this.options.bridge.version;
    const running = this.rendering.get(key);
    if (running?.version === version) return running.work;
    // A render started before the latest change may show the old state. The new one starts now rather than after
    // it: readers wait for one render, not two. If the outdated one lands last it is dropped, and whoever waited
    // for it gets the newer response (never handing the old state on to the edge workers).
    const work = this.options
      .render(key)
      .then((rendered) => {
        if (!KEPT_STATUSES.has(rendered.status)) throw new Error(`render of ${key} answered ${rendered.status}`);
        this.renders += 1;
        const previous = this.entries.get(key);
        if (previous && previous.version > version) return previous; // outdated by a render that landed first
        const entry: Entry = {
          response: prepareAgain(previous?.response, rendered.status, keptHeaders(rendered.headers), rendered.body),
          version,
          renderedAt: Date.now(),
          lastUsedAt: previous?.lastUsedAt ?? Date.now(),
        };
        this.store(key, entry);
        return entry;
      })
      .catch((error: unknown) => {
        this.renderFailures += 1;
        throw error;
      })
      .finally(() => {
        if (this.rendering.get(key)?.work === work) this.rendering.delete(key);
      });
    this.rendering.set(key, { version, work });
    return work;
  }

  private store(key: string, entry: Entry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.evictLeastRecentlyUsed();
    this.options.onStored?.(key, entry.response);
  }

  private evictLeastRecentlyUsed() {
    let oldestKey: string | undefined;
    let oldest = Infinity;
    for (const [key, entry] of this.entries) {
      if (entry.lastUsedAt < oldest) [oldest, oldestKey] = [entry.lastUsedAt, key];
    }
    if (oldestKey !== undefined) this.entries.delete(oldestKey);
  }

  /** Until when the entry is known to have been the truth. */
  private asOf(entry: Entry): number {
    const { bridge } = this.options;
    if (entry.version === bridge.version && bridge.lastHealthyAt) return Math.max(entry.renderedAt, bridge.lastHealthyAt);
    return entry.renderedAt;
  }

  private stale(entry: Entry): Lookup {
    const asOf = this.asOf(entry);
    if (entry.stale?.asOf !== asOf) {
      const { response } = entry;
      const body = withStaleNotice(response.baseHeaders["content-type"] ?? "", response.body, new Date(asOf));
      entry.stale = { asOf, response: body ? prepareResponse(response.status, response.baseHeaders, body, "stale") : response };
    }
    return { response: entry.stale.response, kind: "stale" };
  }

  private onBridgeEvent() {
    const { bridge } = this.options;
    if (bridge.version === this.seenVersion || !bridge.storeHealthy) return;
    this.seenVersion = bridge.version;
    // Re-render the most read pages now, so the first reader after a change does not wait for them.
    const hottest = [...this.entries.entries()]
      .sort(([, a], [, b]) => b.lastUsedAt - a.lastUsedAt)
      .slice(0, this.warmAfterChange)
      .map(([key]) => key);
    const worker = async () => {
      for (let key = hottest.shift(); key !== undefined; key = hottest.shift()) await this.renderOnce(key).catch(() => undefined);
    };
    for (let i = 0; i < WARM_CONCURRENCY; i++) void worker();
  }
}
