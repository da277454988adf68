import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getPrisma } from "@/lib/db/boot";
import { signInDelaySeconds } from "./sign-in-delay";

// Failed sign-ins cost the address that made them, never the account: a stranger who guesses wrong from
// elsewhere cannot keep an admin out. Two counters, each with an exponential wait once its free failures are spent:
// per account and address (guessing one password), and per address (spraying many accounts). Accounts guessed
// from many addresses at once are what two-factor sign-in is for.
export const PAIR_FREE_FAILURES = 5;
export const IP_FREE_FAILURES = 20;
const PAIR_WINDOW_SECONDS = 24 * 3600;
const IP_WINDOW_SECONDS = 3600;

async function limiters() {
  const prisma = await getPrisma();
  const common = { storeClient: prisma, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false };
  return {
    // Counters only: their points are never meant to run out.
    pair: new RateLimiterPrisma({ ...common, keyPrefix: "sign-in-pair", points: 1_000_000, duration: PAIR_WINDOW_SECONDS }),
    ip: new RateLimiterPrisma({ ...common, keyPrefix: "sign-in-ip", points: 1_000_000, duration: IP_WINDOW_SECONDS }),
    // A key blocked here waits until the block expires.
    wait: new RateLimiterPrisma({ ...common, keyPrefix: "sign-in-wait", points: 1, duration: 1 }),
  };
}

const pairKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether this address may try this account now; counts are shared by all instances through the store. */
export async function checkSignInThrottle(email: string, ip: string): Promise<ThrottleVerdict> {
  const { wait } = await limiters();
  const blocks = await Promise.all([wait.get(`pair:${pairKey(email, ip)}`), wait.get(`ip:${ip}`)]);
  const waitMs = Math.max(0, ...blocks.map((block) => (block && block.consumedPoints > 1 ? block.msBeforeNext : 0)));
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
}

export async function recordFailedSignIn(email: string, ip: string) {
  const { pair, ip: perIp, wait } = await limiters();
  const [byPair, byIp] = await Promise.all([pair.consume(pairKey(email, ip)), perIp.consume(ip)]);
  const pairDelay = signInDelaySeconds(byPair.consumedPoints, PAIR_FREE_FAILURES);
  const ipDelay = signInDelaySeconds(byIp.consumedPoints, IP_FREE_FAILURES);
  await Promise.all([
    pairDelay > 0 ? wait.block(`pair:${pairKey(email, ip)}`, pairDelay) : undefined,
    ipDelay > 0 ? wait.block(`ip:${ip}`, ipDelay) : undefined,
  ]);
}

/** After a successful sign-in: this address starts afresh with this account. */
export async function clearSignInFailures(email: string, ip: string) {
  const { pair, wait } = await limiters();
  await Promise.all([pair.delete(pairKey(email, ip)), wait.delete(`pair:${pairKey(email, ip)}`)]);
}
