import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db/boot";

// Subscribing is public: per IP it is capped against scripts, per address against mail-bombing someone's inbox.
export const SUBSCRIBES_PER_IP = 10;
export const SUBSCRIBES_PER_TARGET = 3;
const WINDOW_SECONDS = 60 * 60;

async function limiters() {
  const prisma = await getPrisma();
  const common = { storeClient: prisma, tableName: "rateLimiterFlexible", duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
  return {
    ip: new RateLimiterPrisma({ ...common, keyPrefix: "subscribe-ip", points: SUBSCRIBES_PER_IP }),
    target: new RateLimiterPrisma({ ...common, keyPrefix: "subscribe-target", points: SUBSCRIBES_PER_TARGET }),
  };
}

export type SubscribeThrottle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt from `ip` for `target` (an address or URL); refused once either budget is spent. */
export async function takeSubscribeAttempt(ip: string, target: string): Promise<SubscribeThrottle> {
  const { ip: perIp, target: perTarget } = await limiters();
  // consume() rejects with the limiter's answer when the budget is spent, or with an Error when the store fails.
  const spent = (reason: unknown) => {
    if (reason instanceof Error) throw reason;
    return (reason as { msBeforeNext: number }).msBeforeNext;
  };
  const waits = await Promise.all([
    perIp.consume(ip).then(() => 0, spent),
    perTarget.consume(target.trim().toLowerCase()).then(() => 0, spent),
  ]);
  const waitMs = Math.max(...waits);
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
}
