import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "./database";
import { isStoreUnavailable } from "./store-unavailable";

// The same advisory lock key Prisma's migrate uses, so Beacon and `prisma migrate deploy` never race.
export const MIGRATION_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** A migration that failed; nothing of it was applied or recorded. */
export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    readonly databaseError: string,
  ) {
    super(`Migration ${migrationName} failed and was rolled back: ${databaseError}`);
    this.name = "MigrationError";
  }
}

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

/** Reads prisma/migrations/<timestamp>_<name>/migration.sql in order. */
export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  // Read at run time from the deployed project, not traced into the bundle.
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations, each in its own transaction together with its `_prisma_migrations`
 * row, so a failure leaves neither half a migration nor a record claiming it was applied. A store that stops or
 * freezes mid-migration is an outage, not a failed migration: its error is thrown as it is (the caller tries again
 * later), never as a MigrationError (which stops the server).
 */
export async function applyMigrations(session: SqlSession, migrations: MigrationFile[]): Promise<string[]> {
  await session.exec(CREATE_MIGRATIONS_TABLE);
  const applied: string[] = [];
  for (const migration of migrations) {
    await session.exec("BEGIN");
    try {
      await session.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      const done = await session.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations"
          WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (done.length > 0) {
        await session.exec("COMMIT");
        if (done[0].checksum !== migration.checksum) {
          console.warn(`[beacon] migration ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      await session.exec(migration.sql);
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await session.exec("COMMIT");
      applied.push(migration.name);
    } catch (error) {
      await session.exec("ROLLBACK").catch(() => undefined);
      if (isStoreUnavailable(error)) throw error;
      throw new MigrationError(migration.name, error instanceof Error ? error.message : String(error));
    }
  }
  return applied;
}
