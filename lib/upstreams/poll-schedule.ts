// When an upstream is polled next: every interval with a little jitter so many Beacons do not hit a vendor in
// step; after failures, exponential backoff up to ten minutes.

export const MIN_INTERVAL_SECONDS = 30;
export const DEFAULT_INTERVAL_SECONDS = 60;
export const MAX_BACKOFF_SECONDS = 600;
/** Jitter is up to this share of the interval, added (never a poll sooner than the interval). */
export const JITTER_SHARE = 0.1;

/** Seconds until the next poll after `consecutiveFailures` failures in a row (0: a good poll). */
export function nextPollDelaySeconds(intervalSeconds: number, consecutiveFailures: number, random: number): number {
  const base =
    consecutiveFailures <= 0 ? intervalSeconds : Math.min(MAX_BACKOFF_SECONDS, intervalSeconds * 2 ** Math.min(consecutiveFailures, 10));
  return Math.min(MAX_BACKOFF_SECONDS * (1 + JITTER_SHARE), base * (1 + JITTER_SHARE * random));
}
