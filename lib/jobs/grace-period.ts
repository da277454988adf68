/** How long in-flight checks and deliveries get to finish on shutdown before their claims are released. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Resolves `ms` after `signal` aborts (at once with ms 0): the moment to give up on work still in flight and release
 * it. Never resolves while the signal stays unaborted; its timer never keeps the process alive.
 */
export function gracePeriodOver(signal: AbortSignal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => setTimeout(resolve, ms).unref?.();
    if (signal.aborted) wait();
    else signal.addEventListener("abort", wait, { once: true });
  });
}
