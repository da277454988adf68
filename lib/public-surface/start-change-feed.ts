import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { announceStoreChange, noteStoreChange, publicSurfaceBridge, reportStoreHealth } from "./bridge";
import { coalesce } from "./coalesce";

/** The channel the store's triggers notify (migration 20261124065000_public_change_notify). */
export const PUBLIC_CHANGE_CHANNEL = "beacon_public_change";
const RETRY_OPEN_MS = 2_000;
/** Notices closer together than this are one change (see coalesce.ts). */
const NOTICE_QUIET_MS = 15;
const NOTICE_MAX_WAIT_MS = 60;

const holder = globalThis as typeof globalThis & { __beaconChangeFeed?: { stop(): void } };

/**
 * Follows the store's change notices into the public-surface bridge, once per process. While the store cannot
 * even be opened (Postgres down at start-up), keeps trying; the bridge says unhealthy meanwhile.
 */
export function startPublicChangeFeed(): void {
  if (holder.__beaconChangeFeed) return;
  let stopFollowing: (() => void) | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const announce = coalesce(() => announceStoreChange(), { quietMs: NOTICE_QUIET_MS, maxWaitMs: NOTICE_MAX_WAIT_MS });
  const open = async () => {
    try {
      const db = await getDatabase();
      if (stopped) return;
      stopFollowing = db.followChanges(PUBLIC_CHANGE_CHANNEL, {
        onChange: (payload) => {
          noteStoreChange(payload); // at once, so no notice is lost while the announcement waits
          announce();
        },
        onHealth: (healthy) => reportStoreHealth(healthy),
      });
    } catch {
      reportStoreHealth(false);
      retry = setTimeout(() => void open(), RETRY_OPEN_MS);
      retry.unref?.();
    }
  };

  publicSurfaceBridge(); // exists before the first request, even while the store is still opening
  void open();
  holder.__beaconChangeFeed = {
    stop() {
      stopped = true;
      clearTimeout(retry);
      stopFollowing?.();
      holder.__beaconChangeFeed = undefined;
    },
  };
}

export function stopPublicChangeFeed(): void {
  holder.__beaconChangeFeed?.stop();
}
