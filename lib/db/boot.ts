import "server-only";
import { ensureFirstOwner, type FirstOwner } from "@/lib/auth/bootstrap-owner";
import { readDemoPostmortem, seedDemoData } from "@/lib/demo/seed";
import { type BeaconEnv, parseEnv } from "@/lib/env";
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

/** Seeds the demo incident, only into an empty database. */
export async function seedDatabase(db: Database): Promise<boolean> {
  const { seeded } = await seedDemoData(db.prisma, { postmortemMarkdown: await readDemoPostmortem() });
  return seeded;
}

async function boot(): Promise<Database> {
  const env = parseEnv();
  const db = await openConfiguredDatabase(env);
  try {
    const applied = await migrateDatabase(db);
    const seeded = env.seedDemo && (await seedDatabase(db));
    announceFirstOwner(await ensureFirstOwner(db.prisma, { email: env.adminEmail, password: env.adminPassword }));
    const where = db.kind === "postgres" ? "Postgres (DATABASE_URL)" : `embedded PGlite in ${env.dataDir}`;
    console.log(
      `[beacon] incident store: ${where}; ${applied.length} migration(s) applied` +
        (seeded ? "; demo incident BMAD-DEPLOY-001 seeded" : ""),
    );
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function announceFirstOwner(owner: FirstOwner) {
  if (!owner.created) return;
  const password = owner.generatedPassword ?? "(the BEACON_ADMIN_PASSWORD you set)";
  console.log(
    [
      "",
      "  ┌──────────────────────────────────────────────────────────",
      "  │ Beacon admin account created (shown once)",
      `  │   sign in at /admin with ${owner.email}`,
      `  │   password: ${password}`,
      "  └──────────────────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
}

// Next bundles route code and instrumentation separately; globalThis keeps one database per process.
const holder = globalThis as typeof globalThis & { __beaconDatabase?: Promise<Database> };

/** The process's one database, opened, migrated and seeded on first use (at boot, by instrumentation). */
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
