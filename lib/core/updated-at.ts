// A record's updatedAt is its version: a form sends back the one it loaded, and a write moves it on.

/** True when `expected` (what the admin loaded) is no longer the record's updatedAt. */
export function isStale(updatedAt: Date, expected: Date | undefined): boolean {
  return expected !== undefined && expected.getTime() !== updatedAt.getTime();
}

/** A new updatedAt that differs from the old one even within the same millisecond, so stale forms are always caught. */
export function nextUpdatedAt(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}
