import "server-only";
import { type BeaconEnv, parseEnv } from "@/lib/env";
import { traceBoot } from "@/lib/startup-trace/boot-trace";
import type { Database } from "./database";
import { applyMigrations, readMigrations } from "./migrate";
import { openPglite } from "./open-pglite";
import { openPostgres } from "./open-postgres";

export function openConfiguredDatabase(env: BeaconEnv): Promise<Database> | Database {
  if (env.databaseUrl) {
    return openPostgres({
      url: env.databaseUrl,
      connectTimeoutMs: env.connectTimeoutMs,
      statementTimeoutMs: env.statementTimeoutMs,
    });
  }
  return openPglite(env.dataDir);
}

export async function migrateDatabase(db: Database): Promise<string[]> {
  const migrations = await readMigrations();
  return db.withSession((session) => applyMigrations(session, migrations));
}

/** Work around migrating a freshly opened database: a backup before, seeding the demo and the first owner after. */
export interface StartupWork {
  beforeMigrating?: (db: Database, env: BeaconEnv) => Promise<unknown>;
  afterMigrating: (db: Database, env: BeaconEnv) => Promise<void>;
}

// Next bundles route code and instrumentation separately; globalThis keeps one database per process, and one
// start-up work, which the layer above hands in (lib/startup) so the database layer imports nothing above it.
const holder = globalThis as typeof globalThis & { __beaconDatabase?: Promise<Database>; __beaconStartupWork?: StartupWork };

/** Sets the work every opening of the process's database runs after migrating (called before the first opening). */
export function setStartupWork(work: StartupWork) {
  holder.__beaconStartupWork = work;
}

/** How long a failed opening waits for its connections to close before the next opening may start. */
const CLOSE_WAIT_MS = 2_000;

async function boot(): Promise<Database> {
  const env = parseEnv();
  traceBoot("opening the store");
  const db = await openConfiguredDatabase(env);
  traceBoot("store open");
  try {
    await holder.__beaconStartupWork?.beforeMigrating?.(db, env);
    const applied = await migrateDatabase(db);
    traceBoot("migrations checked");
    await holder.__beaconStartupWork?.afterMigrating(db, env);
    traceBoot("start-up work done");
    const where = db.kind === "postgres" ? "Postgres (DATABASE_URL)" : `embedded PGlite in ${env.dataDir}`;
    console.log(`[beacon] incident store: ${where}; ${applied.length} migration(s) applied`);
    return db;
  } catch (error) {
    // Bounded: closing waits for the server to answer, which a frozen one never does; the next opening starts anew.
    await Promise.race([db.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
    throw error;
  }
}

/** The process's one database, opened, migrated and set up on first use (at boot, by instrumentation). */
export function getDatabase(): Promise<Database> {
  holder.__beaconDatabase ??= boot().catch((error) => {
    holder.__beaconDatabase = undefined; // the next request tries again, e.g. once Postgres is back
    throw error;
  });
  return holder.__beaconDatabase;
}

/** Makes `db` the process's database (tests and scripts that open their own). */
export function provideDatabase(db: Database) {
  holder.__beaconDatabase = Promise.resolve(db);
}

export async function getPrisma() {
  return (await getDatabase()).prisma;
}
