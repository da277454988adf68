import "server-only";
import { accessRulesOf } from "@/lib/page-access/model-rules";
import { announcePublicChange, publicSurfaceBridge, takeStoreChange } from "@/lib/public-surface/bridge";
import { fullStoreChange, isEmptyStoreChange, mergeStoreChange, noStoreChange, type StoreChange } from "@/lib/public-surface/store-change";
import { traceBoot } from "@/lib/startup-trace/boot-trace";
import { reportSnapshotFresh } from "@/lib/telemetry/readiness-signals";
import { changedParts } from "./changed-parts";
import { loadPublicModel } from "./load";
import { loadChangedModel } from "./load-changes";
import type { PublicModel } from "./model";
import { loadSavedModel, saveModel } from "./persist";
import { publicRefsOf } from "./refs";

// The process's public model, held in memory by the process that renders, on globalThis (Next bundles its own
// copy of each module). Started at boot: the copy on disk first, so a start while the store is down answers at
// once; then the store, whole. After that each change reads only what its notices named (load-changes.ts: the
// incidents, maintenances or components concerned, into a new model sharing everything else), and the whole model
// is read again after a reconnection, when the store comes back, or when a notice is one the model cannot place.
// One read at a time: notices arriving during a read are gathered and read together after it, never a queue. Only
// once a new model is in place are prepared pages told to render again, so they never render the state before it.
// The file on disk follows once changes have been quiet for three seconds (at most 30 s after the first change it
// lacks, however busy the store), written in slices that never hold the event loop for long.

// Not sooner: right after a change every outdated URL is rendered again, and at scale encoding and writing tens of
// megabytes, though sliced, takes the same core those renders need; during an incident's burst of updates a write
// every three seconds landed in the middle of the next update's renders. The file serves only a start while the
// store is down, where a state seconds older is as good.
const SAVE_AFTER_QUIET_MS = 3_000;
const SAVE_AT_MOST_AFTER_MS = 30_000;
// The monitors' totals (daily, 24 h, response times) are announced by no notice: they are read on their own once they
// are a minute old and changes have paused for a few seconds (or 5 minutes old, however busy the store). Never in a
// change's read: at 200 components they take longer to read than the change, and a write then waited for them.
const CHECK_TOTALS_EVERY_MS = 60_000;
const CHECK_TOTALS_AFTER_QUIET_MS = 5_000;
const CHECK_TOTALS_AT_MOST_MS = 300_000;
const CHECK_TOTALS_LOOK_EVERY_MS = 1_000;

interface Holder {
  model: PublicModel | null;
  dir: string | null;
  /** The first read of the store, which requests wait for when nothing was kept on disk. */
  first: Promise<void> | null;
  reading: Promise<void> | null;
  /** What the notices named that is not read yet. */
  pending: StoreChange;
  /** The model held was read from the store by this process (not only loaded from disk): changes may patch it. */
  fromStore: boolean;
  /** When the monitors' totals in the model were read (ms since epoch). */
  checkTotalsAt: number;
  /** The next read is of the monitors' totals (set by the totals timer). */
  totalsWanted: boolean;
  totalsTimer?: ReturnType<typeof setInterval>;
  /** When the last change was read (ms since epoch). */
  changeReadAt: number;
  failing: boolean;
  saveTimer?: ReturnType<typeof setTimeout>;
  /** When the model first changed since the file was last written (ms since epoch). */
  unsavedSince?: number;
  saving: boolean;
  listener?: () => void;
  stats: { reads: number; changeReads: number; lastReadMs: number; lastChangeReadMs: number; fileBytes: number; lastSaveMs: number };
}

const globalHolder = globalThis as typeof globalThis & { __beaconPublicModel?: Holder };

function holder(): Holder | undefined {
  return globalHolder.__beaconPublicModel;
}

/**
 * Loads the model kept in `dir`, then reads the store and follows its change notices. Once per process. With a
 * model loaded from disk, the store is first read once `options.afterLoaded` resolves. Says whether one was loaded.
 */
export async function startPublicModel(dir: string, options: { afterLoaded?: Promise<void> } = {}): Promise<boolean> {
  if (holder()) return false;
  const own: Holder = {
    model: null,
    dir,
    first: null,
    reading: null,
    pending: noStoreChange(),
    fromStore: false,
    checkTotalsAt: 0,
    totalsWanted: false,
    changeReadAt: 0,
    failing: false,
    saving: false,
    stats: { reads: 0, changeReads: 0, lastReadMs: 0, lastChangeReadMs: 0, fileBytes: 0, lastSaveMs: 0 },
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
    const change = takeStoreChange(bridge);
    // A bump naming nothing (an announcement without notices) or a return of the store: anything may have changed.
    void refreshPublicModel(cameBack || isEmptyStoreChange(change) ? fullStoreChange() : change);
  };
  bridge.listeners.add(own.listener);
  own.totalsTimer = setInterval(() => wantTotalsWhenDue(own, Date.now()), CHECK_TOTALS_LOOK_EVERY_MS);
  own.totalsTimer.unref?.();
  own.first = saved && options.afterLoaded ? options.afterLoaded.then(() => refreshPublicModel()) : refreshPublicModel();
  return saved !== null;
}

/** Reads `change` (by default: everything) into a new model now, or right after the read under way. */
export function refreshPublicModel(change: StoreChange = fullStoreChange()): Promise<void> {
  const own = holder();
  if (!own) return Promise.resolve();
  mergeStoreChange(own.pending, change);
  if (own.reading) return own.reading;
  let succeeded = true;
  own.reading = (async () => {
    while (!isEmptyStoreChange(own.pending) || own.totalsWanted) {
      const next = own.pending;
      own.pending = noStoreChange();
      succeeded = await readInto(own, next);
      if (!succeeded) return;
    }
  })().finally(() => {
    own.reading = null;
    // A change noted between the loop's last check and here is read now, unless the store is failing.
    if (succeeded && !isEmptyStoreChange(own.pending)) void refreshPublicModel(noStoreChange());
  });
  return own.reading;
}

/** Asks for a read of the monitors' totals once they are due and the store's changes have paused. */
function wantTotalsWhenDue(own: Holder, now: number) {
  if (!own.fromStore || own.model === null || own.reading || own.totalsWanted || own.failing) return;
  const age = now - own.checkTotalsAt;
  const quiet = now - own.changeReadAt >= CHECK_TOTALS_AFTER_QUIET_MS;
  if (age < CHECK_TOTALS_EVERY_MS || (!quiet && age < CHECK_TOTALS_AT_MOST_MS)) return;
  own.totalsWanted = true;
  void refreshPublicModel(noStoreChange());
}

async function readInto(own: Holder, change: StoreChange): Promise<boolean> {
  const startedAt = performance.now();
  const now = new Date();
  const base = own.fromStore && !change.full ? own.model : null;
  const checkTotals = base !== null && isEmptyStoreChange(change) && own.totalsWanted;
  try {
    const model = base ? await loadChangedModel(base, change, now, { checkTotals }) : await loadPublicModel(now);
    const tookMs = Math.round(performance.now() - startedAt);
    if (base) {
      own.stats.changeReads += 1;
      own.stats.lastChangeReadMs = tookMs;
    } else {
      own.stats.reads += 1;
      own.stats.lastReadMs = tookMs;
    }
    if (!base || checkTotals) {
      own.checkTotalsAt = now.getTime();
      own.totalsWanted = false;
    }
    if (!checkTotals) own.changeReadAt = now.getTime();
    if (own.failing) console.error("[beacon] public model read from the store again");
    own.failing = false;
    own.fromStore = true;
    install(own, model, true);
    if (!base) traceBoot("public model read from the store");
    return true;
  } catch (error) {
    if (!own.failing) console.error("[beacon] could not read the public model; serving the last one:", (error as Error).message);
    own.failing = true;
    // Read everything once the store answers again (its return, or the next notice, starts that read).
    mergeStoreChange(own.pending, fullStoreChange());
    return false;
  }
}

function install(own: Holder, model: PublicModel, fromStore: boolean) {
  const previous = own.model;
  own.model = model;
  const bridge = publicSurfaceBridge();
  bridge.modelAsOf = model.asOf.getTime();
  bridge.refs = publicRefsOf(model);
  bridge.accessRules = accessRulesOf(model);
  // Only the prepared responses reading a part that changed are out of date (front-server/public-routes.ts).
  announcePublicChange(bridge, changedParts(previous, model));
  if (fromStore) reportSnapshotFresh(model.asOf); // GET /api/ready and the snapshot-age metric
  if (fromStore) scheduleSave(own);
}

/** One write of the latest model once changes pause (or SAVE_AT_MOST_AFTER_MS after the first), never two at once. */
function scheduleSave(own: Holder) {
  if (!own.dir || own.saving) return; // a write under way schedules the next when it ends, if the model moved
  const now = Date.now();
  own.unsavedSince ??= now;
  clearTimeout(own.saveTimer);
  const wait = Math.max(0, Math.min(SAVE_AFTER_QUIET_MS, own.unsavedSince + SAVE_AT_MOST_AFTER_MS - now));
  own.saveTimer = setTimeout(() => void save(own), wait);
  own.saveTimer.unref?.();
}

async function save(own: Holder) {
  own.saveTimer = undefined;
  own.unsavedSince = undefined;
  const model = own.model;
  if (!model || !own.dir || holder() !== own) return;
  own.saving = true;
  const startedAt = performance.now();
  try {
    own.stats.fileBytes = await saveModel(own.dir, model);
    own.stats.lastSaveMs = Math.round(performance.now() - startedAt);
  } catch (error) {
    console.error("[beacon] could not keep the public model on disk:", (error as Error).message);
  } finally {
    own.saving = false;
  }
  if (own.model !== model) scheduleSave(own); // changed while it was being written
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
    own.saveTimer = undefined;
    clearInterval(own.totalsTimer);
    if (own.listener) publicSurfaceBridge().listeners.delete(own.listener);
  }
  globalHolder.__beaconPublicModel = undefined;
}
