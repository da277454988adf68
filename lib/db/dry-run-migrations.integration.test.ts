import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, DATABASE_KINDS, type DatabaseKind, databaseUrlFor, openEmptyDatabase } from "@/lib/testing/databases";
import { migrateDatabase } from "./boot";
import type { Database } from "./database";
import { dryRunMigrations } from "./dry-run-migrations";
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from "./migrate";
import { openPglite } from "./open-pglite";

// `npm run db:check` against a migrated database whose next migrations would fail (the BMAD-DEPLOY-001 pin).

const run = promisify(execFile);

/** The shipped migrations plus `extra` ones after them. */
async function migrationsWith(extra: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-dry-run-"));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const PROBE_TABLE = `CREATE TABLE "DryRunProbe" (id INTEGER PRIMARY KEY);`;
const PINNED_VECTOR = `CREATE EXTENSION IF NOT EXISTS "vector" WITH VERSION "0.5.1";`;

const probeTableExists = (db: Database) =>
  db.withSession(async (s) => (await s.query<{ t: string | null }>(`SELECT to_regclass('"DryRunProbe"') AS t`))[0].t !== null);
const recorded = (db: Database) =>
  db.withSession(async (s) => (await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`))[0].n);

describe.each(DATABASE_KINDS)("dry-running migrations on %s", (kind: DatabaseKind) => {
  let opened: { db: Database; dispose: () => Promise<void> };
  let failingDir: string;
  beforeAll(async () => {
    opened = await openEmptyDatabase(kind);
    await migrateDatabase(opened.db);
    failingDir = await migrationsWith({
      "29990101000000_probe": PROBE_TABLE,
      "29990102000000_pin_vector": PINNED_VECTOR,
      "29990103000000_after": "SELECT 1;",
    });
  });
  afterAll(async () => {
    await opened.dispose();
    await rm(failingDir, { recursive: true, force: true });
  });

  it("reports an up-to-date database as passing with nothing pending", async () => {
    const report = await opened.db.withSession(async (s) => dryRunMigrations(s, await readMigrations()));
    expect(report).toMatchObject({ ok: true, steps: [] });
  });

  it("reports the migration that would fail on the extension, checks the ones before it, and changes nothing", async () => {
    const before = await recorded(opened.db);
    const report = await opened.db.withSession(async (s) => dryRunMigrations(s, await readMigrations(failingDir)));
    expect(report.ok).toBe(false);
    expect(report.steps.map((s) => [s.name, s.outcome])).toEqual([
      ["29990101000000_probe", "would_apply"],
      ["29990102000000_pin_vector", "would_fail"],
      ["29990103000000_after", "not_checked"],
    ]);
    expect(report.steps[1]).toMatchObject({ problem: expect.stringMatching(/^(missing_extension|extension_version)$/) });
    expect(await probeTableExists(opened.db)).toBe(false);
    expect(await recorded(opened.db)).toBe(before);
  });
});

describe("dry-running a migration that waits for a lock (Postgres)", () => {
  it("reports a lock timeout instead of waiting", async () => {
    const opened = await openEmptyDatabase("postgres");
    await migrateDatabase(opened.db);
    const dir = await migrationsWith({ "29990101000000_alter_component": `ALTER TABLE "Component" ADD COLUMN "dryRun" INTEGER;` });
    const name = await opened.db.withSession(async (s) => (await s.query<{ db: string }>("SELECT current_database() AS db"))[0].db);
    const holder = new pg.Client({ connectionString: databaseUrlFor(name) }); // holds a lock the migration needs
    await holder.connect();
    try {
      await holder.query(`BEGIN; LOCK TABLE "Component" IN ACCESS EXCLUSIVE MODE`);
      const report = await opened.db.withSession(async (s) => dryRunMigrations(s, await readMigrations(dir), { lockTimeoutMs: 300 }));
      expect(report.steps).toEqual([
        expect.objectContaining({ name: "29990101000000_alter_component", outcome: "would_fail", problem: "lock_timeout" }),
      ]);
    } finally {
      await holder.end();
      await opened.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run db:check", () => {
  const script = ["--conditions=react-server", "--import", "tsx", "prisma/db-check.ts"];
  const dbCheck = (env: Record<string, string>, dir: string) =>
    run("node", [...script, "--migrations-dir", dir], { env: { ...process.env, ...env }, cwd: process.cwd() }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );

  it("exits non-zero and names the failing migration, on Postgres and on the embedded database", async () => {
    const dir = await migrationsWith({ "29990102000000_pin_vector": PINNED_VECTOR });
    const postgres = await createPostgresDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "beacon-dry-run-pglite-"));
    try {
      const pgDb = (await import("./open-postgres")).openPostgres({
        url: postgres.url,
        connectTimeoutMs: 5_000,
        statementTimeoutMs: 10_000,
      });
      await migrateDatabase(pgDb);
      await pgDb.close();
      const embedded = await openPglite(dataDir);
      await migrateDatabase(embedded);
      await embedded.close();

      const targets: Record<string, string>[] = [{ DATABASE_URL: postgres.url }, { DATABASE_URL: "", BEACON_DATA_DIR: dataDir }];
      for (const env of targets) {
        const result = await dbCheck(env, dir);
        expect(result.code).toBe(1);
        expect(result.out).toMatch(/FAIL {4}29990102000000_pin_vector: (missing_extension|extension_version): /);
        expect(result.out).toContain("Dry run FAILED: nothing was changed.");
        expect((await dbCheck(env, DEFAULT_MIGRATIONS_DIR)).code).toBe(0);
      }
    } finally {
      await postgres.drop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
