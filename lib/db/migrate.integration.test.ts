import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import type { Database } from "./database";
import { applyMigrations, MigrationError, readMigrations } from "./migrate";

async function migrationsDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const tableExists = (db: Database, table: string) =>
  db.withSession(async (s) => (await s.query(`SELECT to_regclass($1) AS t`, [`public."${table}"`]))[0].t !== null);

describe.each(DATABASE_KINDS)("applying migrations on %s", (kind) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => dispose?.());

  it("records each applied migration in _prisma_migrations as Prisma does, with its sha256 checksum", async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    const migrations = await readMigrations();
    const applied = await opened.db.withSession((s) => applyMigrations(s, migrations));
    expect(applied).toEqual(migrations.map((m) => m.name));

    const rows = await opened.db.withSession((s) =>
      s.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    const migrations = await readMigrations();
    await opened.db.withSession((s) => applyMigrations(s, migrations));
    expect(await opened.db.withSession((s) => applyMigrations(s, migrations))).toEqual([]);
  });

  it("stops at a failing migration, names it with the database error, and leaves none of it behind", async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    const dir = await migrationsDir({
      "20250101000000_first": 'CREATE TABLE "First" ("id" TEXT PRIMARY KEY);',
      "20250102000000_broken": 'CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nSELECT no_such_function();',
      "20250103000000_after": 'CREATE TABLE "After" ("id" TEXT PRIMARY KEY);',
    });
    const migrations = await readMigrations(dir);

    const failure = await opened.db.withSession((s) => applyMigrations(s, migrations)).catch((e) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect(failure.migrationName).toBe("20250102000000_broken");
    expect(failure.message).toContain("20250102000000_broken");
    expect(failure.databaseError).toMatch(/no_such_function/);

    expect(await tableExists(opened.db, "First")).toBe(true);
    expect(await tableExists(opened.db, "Half")).toBe(false);
    expect(await tableExists(opened.db, "After")).toBe(false);
    const recorded = await opened.db.withSession((s) =>
      s.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`),
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(["20250101000000_first"]);
  });
});
