import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

// Each integration's own budget of requests per minute, counted in this process's memory (a sender retries, so a
// per-process count is enough). One small limiter per integration and budget; at most MAX_LIMITERS are kept, the
// oldest dropped first, so memory stays bounded whatever the number of integrations.

const MAX_LIMITERS = 1_000;
const limiters = new Map<string, RateLimiterMemory>();

function limiterFor(integrationId: string, perMinute: number): RateLimiterMemory {
  const key = `${integrationId}:${perMinute}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    if (limiters.size >= MAX_LIMITERS) limiters.delete(limiters.keys().next().value as string);
    limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
    limiters.set(key, limiter);
  }
  return limiter;
}

/** Counts one request; the seconds to wait when the integration's budget is spent, else 0. */
export async function takeIntegrationRequest(integrationId: string, perMinute: number): Promise<number> {
  try {
    await limiterFor(integrationId, perMinute).consume(integrationId);
    return 0;
  } catch (reason) {
    if (reason instanceof Error) throw reason;
    return Math.max(1, Math.ceil((reason as { msBeforeNext: number }).msBeforeNext / 1000));
  }
}
