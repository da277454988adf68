import {
  isCurrentFor,
  isStoreOutOfReach,
  type ModelPart,
  type PublicSurfaceBridge,
  type RenderedResponse,
  statusAsOf,
} from "@/lib/public-surface/bridge";
import { countRender } from "@/lib/telemetry/metrics";
import { routeClassOf } from "@/lib/telemetry/route-class";
import { compressPrepared, keptHeaders, type PreparedResponse, prepareAgain, prepareResponse } from "./prepared-response";
import { partsReadBy } from "./public-routes";
import { withStaleNotice } from "./stale-notice";

// The public surface, prepared: each public URL's response rendered once by Next (from the public read model, never
// the store) and kept in memory until a part of the model it reads changes (public-routes.ts: each route's `reads`).
// A change renders nothing by itself: it marks the entries reading a changed part out of date, and each is rendered
// again when it is next asked for (the few most read at once), so a reader waits for the one URL they asked for,
// never for every URL held. A bounded layer: at most `maxEntries` responses and `maxBytes` of them, the least
// recently read dropped first. While the store is unreachable every URL still renders from the model, marked stale;
// a changed page is rendered once however many readers ask at that moment, and a render that fails leaves the last
// bytes served, marked stale.

export type { RenderedResponse };

export type Render = (key: string) => Promise<RenderedResponse>;

interface Entry {
  response: PreparedResponse;
  /** The bridge version the response was rendered at; -1 when loaded from disk. */
  version: number;
  /** The parts of the model it shows. */
  reads: readonly ModelPart[];
  renderedAt: number;
  /** When it was last read, as a count of reads: strictly ordered, where milliseconds tie. */
  lastUsedAt: number;
  /** Bytes held for it, every encoding counted. */
  bytes: number;
  stale?: { asOf: number; response: PreparedResponse };
}

export interface PublicCacheOptions {
  bridge: PublicSurfaceBridge;
  render: Render;
  /** Past this age an entry is re-rendered in the background (time moves: "today", countdowns). */
  maxAgeMs?: number;
  maxEntries?: number;
  /** Bytes of prepared responses held at most, every encoding counted. */
  maxBytes?: number;
  /** After a change, this many of the most recently read URLs it outdated are rendered at once, before anyone asks. */
  warmAfterChange?: number;
  /** What the response kept under a key reads of the model (by default its route's, public-routes.ts). */
  reads?: (key: string) => readonly ModelPart[];
  /** Told after a change which held keys it outdated, so edge workers stop serving them. */
  onOutdated?: (keys: string[]) => void;
  onStored?: (key: string, response: PreparedResponse) => void;
  /** Told when a response is no longer held (evicted), so edge workers can drop it too. */
  onForgotten?: (key: string) => void;
}

export interface Lookup {
  response: PreparedResponse;
  kind: "prepared" | "stale";
}

const WARM_CONCURRENCY = 2;

/** Statuses worth keeping: a burst of 404s for a removed incident is answered from memory too. */
const KEPT_STATUSES = new Set([200, 301, 302, 307, 308, 400, 404, 410, 422]);

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private readonly rendering = new Map<string, { version: number; work: Promise<Entry> }>();
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;
  private readonly warmAfterChange: number;
  private readonly reads: (key: string) => readonly ModelPart[];
  private seenVersion: number;
  private uses = 0;
  renders = 0;
  renderFailures = 0;
  /** Lookups with nothing to give: Next answered those itself (and read the store). */
  unanswered = 0;

  constructor(private readonly options: PublicCacheOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.warmAfterChange = options.warmAfterChange ?? 4;
    this.reads = options.reads ?? partsReadBy;
    this.seenVersion = options.bridge.version;
    options.bridge.listeners.add(() => this.onBridgeEvent());
  }

  private nextUse(): number {
    return ++this.uses;
  }

  get size() {
    return this.entries.size;
  }

  get heldBytes() {
    return this.bytes;
  }

  /** The prepared response when it is current: the synchronous path taken by nearly every request. */
  peek(key: string): PreparedResponse | undefined {
    const { bridge } = this.options;
    const entry = this.entries.get(key);
    if (!entry || !this.isCurrent(entry) || !bridge.storeHealthy) return undefined;
    if (Date.now() - entry.renderedAt >= this.maxAgeMs) return undefined;
    entry.lastUsedAt = this.nextUse();
    return entry.response;
  }

  /** The response for `key`, or null when there is none to give and Next must answer itself. */
  async lookup(key: string): Promise<Lookup | null> {
    const { bridge } = this.options;
    const entry = this.entries.get(key);
    const now = Date.now();
    if (entry) entry.lastUsedAt = this.nextUse();
    const current = entry !== undefined && this.isCurrent(entry);
    // While the embedded store is still opening at start-up, the model loaded from disk is what it holds (nothing
    // else writes it): served as it is. Postgres not reached yet may have changed: marked stale until it answers.
    if (isStoreOutOfReach(bridge)) return this.lookupStale(key, entry, current);
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

  /** Store unreachable: the model still answers, so an outdated or missing entry is rendered from it, marked stale. */
  private async lookupStale(key: string, entry: Entry | undefined, current: boolean): Promise<Lookup | null> {
    if (entry && current) return this.stale(entry);
    try {
      return this.stale(await this.renderOnce(key));
    } catch {
      return entry ? this.stale(entry) : this.nothing();
    }
  }

  /** It shows what the model holds now: rendered at this version, or no part it reads changed since. */
  private isCurrent(entry: Entry): boolean {
    return isCurrentFor(this.options.bridge, entry.version, entry.reads);
  }

  private nothing(): null {
    this.unanswered += 1;
    return null;
  }

  private renderOnce(key: string): Promise<Entry> {
    const version = this.options.bridge.version;
    const running = this.rendering.get(key);
    const reads = this.reads(key);
    if (running && isCurrentFor(this.options.bridge, running.version, reads)) return running.work;
    // A render started before the latest change may show the old state. The new one starts now rather than after
    // it: readers wait for one render, not two. If the outdated one lands last it is dropped, and whoever waited
    // for it gets the newer response (never handing the old state on to the edge workers).
    const work = this.options
      .render(key)
      .then(async (rendered) => {
        if (!KEPT_STATUSES.has(rendered.status)) throw new Error(`render of ${key} answered ${rendered.status}`);
        this.renders += 1;
        countRender(routeClassOf(key));
        // Brotli and gzip (tens of ms for a page) are made in libuv's thread pool, never on the event loop, where they
        // would hold back every render after a change. The first answer already has every encoding, so a client's
        // ETag for an encoding never changes while the bytes do not.
        const again = prepareAgain(this.entries.get(key)?.response, rendered.status, keptHeaders(rendered.headers), rendered.body);
        const response = await compressPrepared(again);
        const previous = this.entries.get(key);
        if (previous && previous.version > version) return previous; // outdated by a render that landed first
        const entry: Entry = {
          response,
          version,
          reads,
          renderedAt: Date.now(),
          lastUsedAt: previous?.lastUsedAt ?? this.nextUse(),
          bytes: 0,
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
    this.forget(key);
    entry.bytes = sizeOf(entry.response);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    while (this.entries.size > 1 && (this.entries.size > this.maxEntries || this.bytes > this.maxBytes)) this.evictLeastRecentlyUsed();
    this.options.onStored?.(key, entry.response);
  }

  private forget(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
    this.options.onForgotten?.(key);
  }

  private evictLeastRecentlyUsed() {
    let oldestKey: string | undefined;
    let oldest = Infinity;
    for (const [key, entry] of this.entries) {
      if (entry.lastUsedAt < oldest) [oldest, oldestKey] = [entry.lastUsedAt, key];
    }
    if (oldestKey !== undefined) this.forget(oldestKey);
  }

  /** Until when what the entry shows is known to have been the truth. */
  private asOf(entry: Entry): number {
    return statusAsOf(this.options.bridge) ?? entry.renderedAt;
  }

  private stale(entry: Entry): Lookup {
    const asOf = this.asOf(entry);
    if (entry.stale?.asOf !== asOf) {
      const { response } = entry;
      const body = withStaleNotice(response.baseHeaders["content-type"] ?? "", response.body, new Date(asOf));
      // Every stale answer says so in x-beacon-surface, badges and feeds too, though only pages and JSON carry a notice.
      entry.stale = { asOf, response: prepareResponse(response.status, response.baseHeaders, body ?? response.body, "stale") };
    }
    return { response: entry.stale.response, kind: "stale" };
  }

  private onBridgeEvent() {
    const { bridge } = this.options;
    if (bridge.version === this.seenVersion || !bridge.storeHealthy) return;
    this.seenVersion = bridge.version;
    const outdated = [...this.entries.entries()].filter(([, entry]) => !this.isCurrent(entry));
    if (outdated.length > 0) this.options.onOutdated?.(outdated.map(([key]) => key));
    // Only the few most read of them are rendered now, so the first reader after a change does not wait for those;
    // the rest when next asked for. Never all of them: that would put every held URL before the one being read.
    const hottest = outdated
      .sort(([, a], [, b]) => b.lastUsedAt - a.lastUsedAt)
      .slice(0, this.warmAfterChange)
      .map(([key]) => key);
    const worker = async () => {
      for (let key = hottest.shift(); key !== undefined; key = hottest.shift()) await this.renderOnce(key).catch(() => undefined);
    };
    for (let i = 0; i < WARM_CONCURRENCY; i++) void worker();
  }
}

function sizeOf(response: PreparedResponse): number {
  const { identity, gzip, br } = response.variants;
  return identity.body.byteLength + (gzip === identity ? 0 : gzip.body.byteLength) + (br === identity ? 0 : br.body.byteLength);
}
