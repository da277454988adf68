// The contract between the Next app (which owns the store, hears its change notices and holds the public read
// model) and the front server (which serves the prepared public surface). They share a process but not a module
// graph — Next bundles its own copy of every module — so the one bridge lives on globalThis. Plain data only, no
// server-only imports: the front server loads this file outside Next.

import type { PageAccessRule } from "@/lib/page-access/access-rule";
import type { PageRoutes } from "@/lib/page-addressing/addressing";
import { addNotice, noStoreChange, type StoreChange } from "./store-change";

/** What the public model knows, so the front server folds unknown ids and pages into one key (a flood stays bounded). */
export interface PublicRefs {
  incidents: ReadonlySet<string>;
  maintenances: ReadonlySet<string>;
  /** Shown components' ids and slugs, groups' ids and slugs: whatever a badge or response-time URL may name. */
  components: ReadonlySet<string>;
  historyPages: number;
  /** Shown components' and groups' slugs: the refs the page's own links use (the static mirror exports these). */
  slugs?: readonly string[];
  /** Shown components' ids: what the response-time chart asks /api/v2/components/{id}/response-times.json for. */
  componentIds?: readonly string[];
  /** Which page a request is for, by slug and by host (lib/pages/addressing.ts). */
  pages?: PageRoutes;
}

/**
 * The parts of the public model a public route may read (front-server/public-routes.ts names each route's). A new
 * model says which of them it changed, so a prepared response that reads none of those stays current.
 */
export const MODEL_PARTS = [
  "page", // page settings, every page's selection and access
  "audit", // when anything the page shows was last written by an admin
  "components", // components and groups as laid out: which, names, slugs, groups, order
  "componentStatus", // what each component says now: status, vendor state, monitored, when it changed
  "incidents",
  "maintenances",
  "statusChanges", // status history (uptime bars)
  "checkTotals", // monitors' daily and 24 h totals, response times, the SLA table
] as const;
export type ModelPart = (typeof MODEL_PARTS)[number];

/** A public URL to render straight from the model: its page already resolved by the front server (page-key.ts). */
export interface DirectRequest {
  /** Its route's folder under app/ (front-server/public-routes.ts: `app`). */
  route: string;
  /** The route within its page, with its query: what Next would be asked for. */
  url: string;
  /** The page it is on; null: the default page. */
  pageId: string | null;
}

/** A rendered public response, before it is prepared (front-server/public-cache.ts): through Next or straight from the model. */
export interface RenderedResponse {
  status: number;
  headers: Iterable<[string, string]>;
  body: Buffer;
}

export interface PublicSurfaceBridge {
  /** Bumped when the public read model changed (after a change notice was read into it): prepared bytes are out of date. */
  version: number;
  /** Per part of the model, the `version` at which it last changed (a part missing never did); undefined: unknown. */
  partVersions?: Partial<Record<ModelPart, number>>;
  /** Bumped on every change notice from the store and after every reconnection; the model follows it. */
  storeVersion?: number;
  /** What the change notices since the model last took them named (store-change.ts). */
  pendingChange?: StoreChange;
  /** False while the store cannot be reached or does not answer in time. */
  storeHealthy: boolean;
  /** Since when the store is known down (a probe or an opening failed; ms since epoch); null while it answers or before anything was tried. */
  storeDownSince?: number | null;
  /**
   * Only this process writes the store (the embedded database): while it opens at start-up, the model kept on disk
   * is what it holds. A store others write to (Postgres) may have changed while Beacon was stopped. Undefined: unknown.
   */
  storeWrittenOnlyHere?: boolean;
  /** When the store was last known reachable and in sync (ms since epoch); null until it first was. */
  lastHealthyAt: number | null;
  /** When the public model held in memory was read from the store (ms since epoch); null until there is one. */
  modelAsOf?: number | null;
  /** Set with each new model; undefined until there is one (every ref is then taken as it is). */
  refs?: PublicRefs;
  /** Who may read each page (by page id), from the model; undefined until there is one. */
  accessRules?: ReadonlyMap<string, PageAccessRule>;
  /** Signs and checks viewer cookies (lib/page-access/viewer-cookie.ts); undefined until the auth secret is known. */
  viewerKey?: string;
  /**
   * Renders a public route that is not an HTML page straight from the model, through the very function its route
   * handler calls (lib/direct-render/render.ts), without a request through Next; null when Next must render
   * it. Set by instrumentation.ts; undefined until then (every render then goes through Next).
   */
  renderDirect?: (request: DirectRequest) => Promise<RenderedResponse | null>;
  /** Called after every version bump or health change. */
  listeners: Set<() => void>;
}

const holder = globalThis as typeof globalThis & { __beaconPublicSurface?: PublicSurfaceBridge };

/** The process's bridge, created on first use. */
export function publicSurfaceBridge(): PublicSurfaceBridge {
  // Unhealthy until the store first answers: at start-up with the store down, the model kept on disk is served.
  holder.__beaconPublicSurface ??= {
    version: 0,
    storeVersion: 0,
    storeHealthy: false,
    lastHealthyAt: null,
    modelAsOf: null,
    listeners: new Set(),
  };
  return holder.__beaconPublicSurface;
}

function notify(bridge: PublicSurfaceBridge) {
  for (const listener of bridge.listeners) listener();
}

/** The store says something public changed (or may have, after a reconnection): the model must be read again. */
export function announceStoreChange(bridge = publicSurfaceBridge()) {
  bridge.storeVersion = (bridge.storeVersion ?? 0) + 1;
  notify(bridge);
}

/** Records what one change notice names (undefined: a reconnection); announceStoreChange tells the model. */
export function noteStoreChange(payload: string | undefined, bridge = publicSurfaceBridge()) {
  addNotice((bridge.pendingChange ??= noStoreChange()), payload);
}

/** What the notices since the last call named; empty when nothing was noted (the model then reads everything). */
export function takeStoreChange(bridge = publicSurfaceBridge()): StoreChange {
  const change = bridge.pendingChange ?? noStoreChange();
  bridge.pendingChange = undefined;
  return change;
}

/** The key that signs viewer cookies is known (lib/page-access/viewer-cookie.ts): the front server and edge workers take it. */
export function publishViewerKey(key: string, bridge = publicSurfaceBridge()) {
  if (bridge.viewerKey === key) return;
  bridge.viewerKey = key;
  notify(bridge);
}

/** The public model changed: prepared responses reading any of `changed` (by default every part) are out of date. */
export function announcePublicChange(bridge = publicSurfaceBridge(), changed: readonly ModelPart[] = MODEL_PARTS) {
  bridge.version += 1;
  const parts = (bridge.partVersions ??= {});
  for (const part of changed) parts[part] = bridge.version;
  notify(bridge);
}

/** Whether a response rendered at model `version` from `parts` of the model still shows what the model holds. */
export function isCurrentFor(bridge: PublicSurfaceBridge, version: number, parts: readonly ModelPart[]): boolean {
  if (version === bridge.version) return true;
  if (version > bridge.version) return false;
  const changedAt = bridge.partVersions;
  if (!changedAt) return false;
  return parts.every((part) => (changedAt[part] ?? 0) <= version);
}

export function reportStoreHealth(healthy: boolean, bridge = publicSurfaceBridge()) {
  if (healthy) bridge.lastHealthyAt = Date.now();
  bridge.storeDownSince = healthy ? null : (bridge.storeDownSince ?? Date.now());
  if (bridge.storeHealthy === healthy) return;
  bridge.storeHealthy = healthy;
  notify(bridge);
}

/**
 * Public answers must say they may be out of date: the store is known down, or it was not reached since start and
 * others may have written to it meanwhile. The embedded database merely opening (nothing else writes it) does not count.
 */
export function isStoreOutOfReach(bridge: PublicSurfaceBridge): boolean {
  if (bridge.storeHealthy) return false;
  const knownDown = (bridge.storeDownSince ?? null) !== null;
  return knownDown || bridge.storeWrittenOnlyHere !== true;
}

/** Until when what the public surface shows is known to have been the truth. */
export function statusAsOf(bridge: PublicSurfaceBridge): number | null {
  const times = [bridge.modelAsOf ?? null, bridge.lastHealthyAt].filter((t): t is number => t !== null);
  return times.length ? Math.max(...times) : null;
}
