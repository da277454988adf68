import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db/boot";

// Failed sign-ins allowed per 15 minutes: per account (guessing one password) and per IP (spraying many).
export const ACCOUNT_FAILURES = 5;
export const IP_FAILURES = 20;
const WINDOW_SECONDS = 15 * 60;

async function limiters() {
  const prisma = await getPrisma();
  const common = { storeClient: prisma, tableName: "rateLimiterFlexible", duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
  return {
    account: new RateLimiterPrisma({ ...common, keyPrefix: "sign-in-account", points: ACCOUNT_FAILURES }),
    ip: new RateLimiterPrisma({ ...common, keyPrefix: "sign-in-ip", points: IP_FAILURES }),
  };
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether another attempt may be made now; counts stay shared across instances in the store. */
export async function checkSignInThrottle(email: string, ip: string): Promise<ThrottleVerdict> {
  const { account, ip: perIp } = await limiters();
  const [byAccount, byIp] = await Promise.all([account.get(email.toLowerCase()), perIp.get(ip)]);
  const blocked = [
    byAccount && byAccount.consumedPoints >= ACCOUNT_FAILURES ? byAccount.msBeforeNext : 0,
    byIp && byIp.consumedPoints >= IP_FAILURES ? byIp.msBeforeNext : 0,
  ];
  const waitMs = Math.max(...blocked);
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
}

export async function recordFailedSignIn(email: string, ip: string) {
  const { account, ip: perIp } = await limiters();
  // consume() rejects once the budget is spent; the count is what matters here.
  await Promise.allSettled([account.consume(email.toLowerCase()), perIp.consume(ip)]);
}

export async function clearSignInFailures(email: string) {
  const { account } = await limiters();
  await account.delete(email.toLowerCase());
}
