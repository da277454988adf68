// At a start with the public model kept on disk, the front server first prepares the status page from it, and only
// then does the store open. Both run on one thread, and opening the embedded database (seconds of WASM work, then
// migrations and the first read) would otherwise hold the first reader's render back until all of it is done.
// Plain code on globalThis, like the bridge: the front server sets it outside Next, instrumentation waits inside.

const holder = globalThis as typeof globalThis & { __beaconFirstPages?: Promise<void> };

/** The front server prepares its first pages with `work` (front-server/start-front-server.ts); the store waits for it. */
export function prepareFirstPages(work: Promise<unknown>) {
  holder.__beaconFirstPages = work.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Resolves once the first pages are prepared: at once when no front server prepares any (`next start`), and after
 * `capMs` at the latest, so a render that hangs never keeps the store closed.
 */
export function firstPagesPrepared(capMs: number): Promise<void> {
  const prepared = holder.__beaconFirstPages;
  if (!prepared) return Promise.resolve();
  return Promise.race([prepared, new Promise<void>((resolve) => setTimeout(resolve, capMs).unref())]);
}
