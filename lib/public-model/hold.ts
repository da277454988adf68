import "server-only";
import { announcePublicChange, publicSurfaceBridge } from "@/lib/public-surface/bridge";
import { reportSnapshotFresh } from "@/lib/telemetry/readiness-signals";
import { loadPublicModel } from "./load";
import type { PublicModel } from "./model";
import { loadSavedModel, saveModel } from "./persist";
import { publicRefsOf } from "./refs";

// The process's public model, held in memory by the process that renders, on globalThis (Next bundles its own
// copy of each module). Started at boot: the copy on disk first, so a start while the store is down answers at
// once; then the store. Each change notice reads the whole model again (one transaction; see bench for its cost),
// one read at a time: notices arriving during a read start one more read after it, never a queue. Only once a
// new model is in place are prepared pages told to render again, so they never render the state before it.

const SAVE_AFTER_MS = 1_000;

interface Holder {
  model: PublicModel | null;
  dir: string | null;
  /** The first read of the store, which requests wait for when nothing was kept on disk. */
  first: Promise<void> | null;
  reading: Promise<void> | null;
  again: boolean;
  failing: boolean;
  saveTimer?: ReturnType<typeof setTimeout>;
  listener?: () => void;
  stats: { reads: number; lastReadMs: number; fileBytes: number };
}

const globalHolder = globalThis as typeof globalThis & { __beaconPublicModel?: Holder };

function holder(): Holder | undefined {
  return globalHolder.__beaconPublicModel;
}

/** Loads the model kept in `dir`, then reads the store and follows its change notices. Once per process. */
export async function startPublicModel(dir: string): Promise<void> {
  if (holder()) return;
  const own: Holder = {
    model: null,
    dir,
    first: null,
    reading: null,
    again: false,
    failing: false,
    stats: { reads: 0, lastReadMs: 0, fileBytes: 0 },
  };
  globalHolder.__beaconPublicModel = own;
  const bridge = publicSurfaceBridge();
  const saved = await loadSavedModel(dir);
  if (saved) install(own, saved, false);
  let seenStoreVersion = bridge.storeVersion ?? 0;
  let wasHealthy = bridge.storeHealthy;
  own.listener = () => {
    const storeVersion = bridge.storeVersion ?? 0;
    const cameBack = bridge.storeHealthy && !wasHealthy;
    wasHealthy = bridge.storeHealthy;
    if (storeVersion === seenStoreVersion && !cameBack) return;
    seenStoreVersion = storeVersion;
    void refreshPublicModel();
  };
  bridge.listeners.add(own.listener);
  own.first = refreshPublicModel();
}

/** Reads the store into a new model now (or right after the read under way). */
export function refreshPublicModel(): Promise<void> {
  const own = holder();
  if (!own) return Promise.resolve();
  if (own.reading) {
    own.again = true;
    return own.reading;
  }
  own.reading = (async () => {
    do {
      own.again = false;
      const startedAt = performance.now();
      try {
        const model = await loadPublicModel();
        own.stats.reads += 1;
        own.stats.lastReadMs = Math.round(performance.now() - startedAt);
        if (own.failing) console.error("[beacon] public model read from the store again");
        own.failing = false;
        install(own, model, true);
      } catch (error) {
        if (!own.failing) console.error("[beacon] could not read the public model; serving the last one:", (error as Error).message);
        own.failing = true;
        return;
      }
    } while (own.again);
  })().finally(() => {
    own.reading = null;
  });
  return own.reading;
}

function install(own: Holder, model: PublicModel, fromStore: boolean) {
  own.model = model;
  const bridge = publicSurfaceBridge();
  bridge.modelAsOf = model.asOf.getTime();
  bridge.refs = publicRefsOf(model);
  announcePublicChange(bridge);
  if (fromStore) reportSnapshotFresh(model.asOf); // GET /api/ready and the snapshot-age metric
  if (fromStore && own.dir) {
    clearTimeout(own.saveTimer);
    own.saveTimer = setTimeout(() => void save(own), SAVE_AFTER_MS);
    own.saveTimer.unref?.();
  }
}

async function save(own: Holder) {
  if (!own.model || !own.dir) return;
  try {
    own.stats.fileBytes = await saveModel(own.dir, own.model);
  } catch (error) {
    console.error("[beacon] could not keep the public model on disk:", (error as Error).message);
  }
}

export class PublicModelUnavailableError extends Error {
  constructor() {
    super("The status store is unavailable and no earlier state is kept");
  }
}

/**
 * The model public routes render from. In a server it is the one held in memory: no public request reads the
 * store. Without one (tests, scripts) it is read from the store now.
 */
export async function readPublicModel(): Promise<PublicModel> {
  const own = holder();
  if (!own) return loadPublicModel();
  if (!own.model) await own.first;
  if (!own.model) throw new PublicModelUnavailableError();
  return own.model;
}

/** The held model follows a healthy change feed, with no read pending or failing: it is as fresh as the store. */
export function isPublicModelCurrent(): boolean {
  const own = holder();
  return Boolean(own?.model && !own.failing && !own.reading && own.first !== null && publicSurfaceBridge().storeHealthy);
}

export function publicModelStats() {
  const own = holder();
  return own ? { held: own.model !== null, asOf: own.model?.asOf ?? null, ...own.stats } : null;
}

/** Forgets the held model (tests). */
export function stopPublicModel() {
  const own = holder();
  if (own) {
    clearTimeout(own.saveTimer);
    if (own.listener) publicSurfaceBridge().listeners.delete(own.listener);
  }
  globalHolder.__beaconPublicModel = undefined;
}
