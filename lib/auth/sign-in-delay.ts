// How long a client waits after its k-th failed sign-in: nothing for the first few (typos), then a delay that
// doubles with every further failure, up to a cap. A wait, never a lock: it binds only the address that failed.

export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after `failures` failures, of which the first `free` cost nothing. */
export function signInDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(failures - free, 20));
}
