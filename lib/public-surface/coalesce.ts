// A commit that touches several public tables sends one notice per table, and one admin action may commit more
// than once: announcing each would start a render per notice, each making the one before it worthless. Notices
// closer together than `quietMs` become one announcement, made at most `maxWaitMs` after the first.

export function coalesce(announce: () => void, options: { quietMs: number; maxWaitMs: number }): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const fire = () => {
    timer = undefined;
    announce();
  };
  return () => {
    const now = Date.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(options.quietMs, firstAt + options.maxWaitMs - now)));
  };
}
