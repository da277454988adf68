import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StoreBreakerState } from "./store-breaker";

/** One connection for plain SQL (migrations, locks): statements run in order on it. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file). */
  exec(text: string): Promise<void>;
}

/** Told about change notices on a channel and about whether the store still answers. */
export interface ChangeFollower {
  /** A notice's payload (what changed); none after a (re)connection, when anything may have changed. */
  onChange(payload?: string): void;
  onHealth(healthy: boolean): void;
}

export interface Database {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /** The circuit breaker's state (Postgres only; the embedded database has none). */
  breakerState?: () => StoreBreakerState;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** LISTENs on `channel` until the returned function is called; reconnects by itself. */
  followChanges(channel: string, follower: ChangeFollower): () => void;
  close(): Promise<void>;
}
