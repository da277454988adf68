import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { mirrorTargetStatus } from "@/lib/telemetry/mirror-signals";
import { prepareResponse } from "../prepared-response";
import type { Lookup } from "../public-cache";
import { objectNameOf } from "./mirror-names";
import { type MirrorObject, objectsOfResponse, stampExportTime } from "./mirror-objects";
import { isMirrored, mirrorKeysOf, pagesOfInstance } from "./mirror-surface";
import type { MirrorManifest, MirrorTarget } from "./mirror-target";
import { publish } from "./publish";

export interface MirrorExporterOptions {
  target: MirrorTarget;
  bridge: PublicSurfaceBridge;
  /** The prepared response Beacon serves for a key (PublicCache.lookup). */
  lookup: (key: string) => Promise<Lookup | null>;
  /** Next's build output and other static files the pages load. */
  assets: () => Promise<MirrorObject[]>;
  /** After an export, the next one waits at least this long: changes in between are one export. */
  minIntervalMs?: number;
  /** Exported this often even without a change: pages show times ("3 minutes ago", countdowns) and the export time. */
  refreshMs?: number;
  /** Retry delays after failures: first, doubled each time, capped. */
  retryFirstMs?: number;
  retryMaxMs?: number;
  log?: (message: string) => void;
}

const LOOKUP_CONCURRENCY = 4;
const STATUS_JSON = "/api/v2/status.json";

/** The store went away during an export: nothing is wrong with the target, the export waits for the store. */
class StoreWentAway extends Error {}

/**
 * Keeps one target a copy of the public surface. Every export runs in the background and is never awaited by a
 * request; a failing target is retried with backoff while Beacon serves on as before. While the store is
 * unreachable nothing is exported: the mirror keeps the last state known to be current.
 */
export class MirrorExporter {
  private readonly status;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private nextAllowedAt = 0;
  private published: MirrorManifest | null = null;
  private seenVersion = -1;
  private stopped = false;
  private readonly listener = () => this.onBridgeEvent();

  constructor(private readonly options: MirrorExporterOptions) {
    this.status = mirrorTargetStatus(options.target.kind, options.target.where);
  }

  start() {
    this.options.bridge.listeners.add(this.listener);
    this.refreshTimer = setInterval(() => this.request(), this.options.refreshMs ?? 300_000);
    this.refreshTimer.unref();
    this.request();
  }

  async stop() {
    this.stopped = true;
    this.options.bridge.listeners.delete(this.listener);
    clearTimeout(this.timer);
    clearInterval(this.refreshTimer);
    await this.running;
  }

  /** An export soon: at once when the last one was long enough ago, else when it may run. Never two at once. */
  request() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.exportNow();
      },
      Math.max(0, this.nextAllowedAt - Date.now()),
    );
    this.timer.unref?.();
  }

  /** One export now (or the one in flight); resolves when it is over, whatever its outcome. */
  exportNow(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.exportOnce().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.request();
      }
    });
    return this.running;
  }

  private onBridgeEvent() {
    const { bridge } = this.options;
    if (!bridge.storeHealthy || bridge.version === this.seenVersion) return;
    this.request();
  }

  private async exportOnce() {
    const { bridge, target } = this.options;
    if (!bridge.storeHealthy || !bridge.refs) return; // asked again when the store answers (onBridgeEvent)
    const startedAt = Date.now();
    const version = bridge.version;
    try {
      const { objects, keep } = await this.collect(new Date(startedAt));
      const result = await publish(target, objects, this.published, keep);
      this.published = result.manifest;
      this.seenVersion = version;
      Object.assign(this.status, {
        lastSuccessAt: Date.now(),
        lastError: null,
        failingSince: null,
        consecutiveFailures: 0,
        uploaded: result.uploaded,
        removed: result.removed,
        objects: Object.keys(result.manifest).length,
        lastDurationMs: Date.now() - startedAt,
      });
      this.nextAllowedAt = Date.now() + (this.options.minIntervalMs ?? 5_000);
      if (bridge.version !== version) this.again = true;
    } catch (error) {
      if (error instanceof StoreWentAway) return;
      const failures = this.status.consecutiveFailures + 1;
      const message = error instanceof Error ? error.message : String(error);
      if (failures === 1 || this.status.lastError !== message)
        this.options.log?.(`[beacon] static mirror (${target.kind}) export failed: ${message}`);
      Object.assign(this.status, {
        lastError: message,
        failingSince: this.status.failingSince ?? startedAt,
        consecutiveFailures: failures,
      });
      const first = this.options.retryFirstMs ?? 5_000;
      this.nextAllowedAt = Date.now() + Math.min(this.options.retryMaxMs ?? 300_000, first * 2 ** (failures - 1));
      this.again = true; // retried after the backoff
    }
  }

  /** Every object of every mirrored page, read from the prepared surface; a URL that fails keeps its last copy. */
  private async collect(exportedAt: Date): Promise<{ objects: MirrorObject[]; keep: Set<string> }> {
    const keys = pagesOfInstance(this.options.bridge).filter(isMirrored).flatMap(mirrorKeysOf);
    const objects: MirrorObject[] = await this.options.assets();
    const keep = new Set<string>();
    const queue = [...keys];
    const worker = async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
        const found = await this.options.lookup(key).catch(() => null);
        if (found?.kind === "stale") throw new StoreWentAway();
        if (!found) {
          const name = objectNameOf(key);
          for (const kept of [name, `${name}.gz`, `${name}.br`]) keep.add(kept);
          continue;
        }
        let { response } = found;
        if (response.status !== 200) continue; // gone from the model since: its objects are removed
        if (key.endsWith(STATUS_JSON)) {
          response = prepareResponse(200, response.baseHeaders, stampExportTime(response.body, exportedAt));
        }
        objects.push(...objectsOfResponse(key, response));
      }
    };
    await Promise.all(Array.from({ length: LOOKUP_CONCURRENCY }, worker));
    return { objects, keep };
  }
}
