// Real databases for integration tests: a fresh Postgres database or an in-memory PGlite per suite.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "@/lib/db/database";
import { openPglite } from "@/lib/db/open-pglite";
import { openPostgres } from "@/lib/db/open-postgres";

export const DATABASE_KINDS = ["postgres", "pglite"] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** Server used to create throw-away databases; never a remote one. */
export const TEST_POSTGRES_URL = process.env.BEACON_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host})`);
  }
}

export function databaseUrlFor(name: string) {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLocalDatabase(TEST_POSTGRES_URL);
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; returns its URL and a function that drops it. */
export async function createPostgresDatabase(prefix = "beacon_test") {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrlFor(name),
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** An empty database of the given kind, not yet migrated. */
export async function openEmptyDatabase(kind: DatabaseKind): Promise<{ db: Database; dispose: () => Promise<void> }> {
  if (kind === "pglite") {
    const db = await openPglite(undefined);
    return { db, dispose: () => db.close() };
  }
  const created = await createPostgresDatabase();
  const db = openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
  return {
    db,
    dispose: async () => {
      await db.close();
      await created.drop();
    },
  };
}

/** A migrated database of the given kind holding the BMAD-DEPLOY-001 demo as of `now`, made the process's database. */
export async function openDemoDatabase(kind: DatabaseKind, now: Date) {
  const { migrateDatabase, provideDatabase } = await import("@/lib/db/boot");
  const { seedDemoData, readDemoPostmortem } = await import("@/lib/demo/seed");
  const opened = await openEmptyDatabase(kind);
  await migrateDatabase(opened.db);
  await seedDemoData(opened.db.prisma, { now, postmortemMarkdown: await readDemoPostmortem() });
  provideDatabase(opened.db);
  return opened;
}
