// Retries: 10 s × 2^(attempt − 1) after each failed attempt; the 8th failure is final.

export const MAX_ATTEMPTS = 8;
export const BASE_BACKOFF_MS = 10_000;

export type AfterFailure = { state: "pending"; nextAttemptAt: Date } | { state: "failed" };

/** What happens to a delivery whose `attempts`-th attempt (1-based) just failed at `now`. */
export function afterFailedAttempt(attempts: number, now: Date): AfterFailure {
  if (attempts >= MAX_ATTEMPTS) return { state: "failed" };
  return { state: "pending", nextAttemptAt: new Date(now.getTime() + BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1)) };
}
