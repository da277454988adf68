import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ClientClosingOnTimeout } from "./client-closing-on-timeout";
import type { Database } from "./database";
import { followPostgresChanges } from "./follow-postgres-changes";
import { createStoreBreaker, type StoreBreakerSettings, withStoreBreaker } from "./store-breaker";

export interface PostgresOptions {
  url: string;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Tests shorten the circuit breaker's reset time; the defaults suit production. */
  breaker?: Partial<StoreBreakerSettings>;
}

/** Real Postgres through node-postgres; every wait is bounded so a query never hangs forever. */
export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    // Client-side cut-off too: a frozen server never answers the statement timeout.
    query_timeout: options.statementTimeoutMs + 1_000,
    idle_in_transaction_session_timeout: options.statementTimeoutMs,
    idleTimeoutMillis: 30_000,
    Client: ClientClosingOnTimeout,
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[beacon] idle Postgres connection failed:", error.message));

  // While Postgres is down or frozen, queries fail fast with StoreUnavailableError instead of each waiting out the timeouts.
  const breaker = createStoreBreaker(options.breaker);
  const prisma = withStoreBreaker(new PrismaClient({ adapter: new PrismaPg(pool) }), breaker);
  return {
    kind: "postgres",
    prisma,
    breakerState: () => breaker.state,
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          query: async (text, params) => (await client.query(text, params)).rows,
          exec: async (text) => void (await client.query(text)),
        });
      } finally {
        client.release();
      }
    },
    followChanges: (channel, follower) =>
      followPostgresChanges({ url: options.url, connectTimeoutMs: options.connectTimeoutMs }, channel, follower),
    async close() {
      breaker.shutdown();
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
