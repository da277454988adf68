import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import CircuitBreaker from "opossum";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isStoreUnavailable, StoreUnavailableError } from "./store-unavailable";

// One circuit breaker per Postgres database: after a few outage errors every call fails at once with
// StoreUnavailableError instead of waiting out the connection and statement timeouts again; a few seconds
// later one call is let through (half-open) and its success closes the breaker, so Beacon recovers by itself.

export interface StoreBreakerSettings {
  /** How long the breaker stays open before it lets one call try the store again. */
  resetTimeoutMs: number;
  /** Outage errors needed in the rolling window before the breaker may open. */
  volumeThreshold: number;
  /** Share of calls in the window that must have failed (%) to open it. */
  errorThresholdPercentage: number;
  /** The window the counts cover. */
  rollingCountTimeoutMs: number;
}

export const STORE_BREAKER_DEFAULTS: StoreBreakerSettings = {
  resetTimeoutMs: 5_000,
  volumeThreshold: 3,
  errorThresholdPercentage: 50,
  rollingCountTimeoutMs: 30_000,
};

export type StoreBreakerState = "closed" | "open" | "half-open";

export interface StoreBreaker {
  /**
   * Runs one unit of work on the store (a query, or a whole transaction with its queries inside): at once
   * StoreUnavailableError while open; an outage error becomes StoreUnavailableError; other errors pass unchanged.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly state: StoreBreakerState;
  shutdown(): void;
}

type Work = () => Promise<unknown>;

export function createStoreBreaker(settings: Partial<StoreBreakerSettings> = {}): StoreBreaker {
  const s = { ...STORE_BREAKER_DEFAULTS, ...settings };
  const breaker = new CircuitBreaker((work: Work) => work(), {
    // No timeout of its own: the pool's connection and query timeouts bound every wait, and abandoning a
    // write that might still commit would make "nothing was saved" untrue.
    timeout: false,
    resetTimeout: s.resetTimeoutMs,
    volumeThreshold: s.volumeThreshold,
    errorThresholdPercentage: s.errorThresholdPercentage,
    rollingCountTimeout: s.rollingCountTimeoutMs,
    // Only an outage counts; a unique violation or a bad value proves the store answers.
    errorFilter: (error: unknown) => !isStoreUnavailable(error),
  });
  breaker.on("open", () => console.error(`[beacon] incident store unavailable: failing fast for ${s.resetTimeoutMs} ms`));
  breaker.on("close", () => console.log("[beacon] incident store answers again"));

  // A transaction is one unit: its queries must not each count, nor be refused while it is the half-open trial.
  const insideUnit = new AsyncLocalStorage<true>();

  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (insideUnit.getStore()) return work();
      try {
        return (await insideUnit.run(true, () => breaker.fire(work))) as T;
      } catch (error) {
        if (error instanceof StoreUnavailableError || !isStoreUnavailable(error)) throw error;
        throw new StoreUnavailableError({ cause: error });
      }
    },
    get state(): StoreBreakerState {
      if (breaker.opened) return "open";
      return breaker.halfOpen ? "half-open" : "closed";
    },
    shutdown: () => breaker.shutdown(),
  };
}

/**
 * The Prisma client with every query and every transaction run through `breaker`: a transaction is one unit,
 * so while the breaker is open it fails before BEGIN instead of waiting for a connection.
 */
export function withStoreBreaker(prisma: PrismaClient, breaker: StoreBreaker): PrismaClient {
  const extended = prisma.$extends({
    name: "store-breaker",
    query: { $allOperations: ({ args, query }) => breaker.run(() => query(args)) },
  });
  // Query extensions do not see $transaction itself (BEGIN, COMMIT), so the whole transaction runs as one unit.
  const guarded = new Proxy(extended, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return (...args: Parameters<typeof target.$transaction>) =>
        breaker.run(() => (target.$transaction as (...a: typeof args) => Promise<unknown>)(...args));
    },
  });
  // An extended client types as PrismaClient except for `$on` (log events), which Beacon never uses.
  return guarded as unknown as PrismaClient;
}
