import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openEmptyDatabase } from "@/lib/testing/databases";
import { backupBeforeMigrating } from "./pre-migrate";
import { restoreBackup } from "./restore";

// Before migrations change the embedded database, Beacon backs it up and keeps the last 3 copies.

describe("backing up the embedded database before migrating", () => {
  let dataDir: string;
  let behind: { db: Database; dispose: () => Promise<void> };
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "beacon-pre-migrate-"));
    behind = await openEmptyDatabase("pglite");
    const shipped = await readMigrations();
    await behind.db.withSession((s) => applyMigrations(s, shipped.slice(0, -1))); // one migration pending
    await behind.db.withSession((s) =>
      s.exec(`INSERT INTO "Component" (id, slug, name, "startDate", "updatedAt") VALUES ('c1', 'api', 'API', now(), now())`),
    );
  });
  afterAll(async () => {
    await behind.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("writes a restorable backup when a migration is pending, and keeps only the newest 3", async () => {
    const written: string[] = [];
    for (const day of [1, 2, 3, 4]) {
      const file = await backupBeforeMigrating(behind.db, dataDir, { now: new Date(`2026-11-0${day}T10:00:00Z`) });
      expect(file).not.toBeNull();
      written.push(path.basename(file as string));
    }
    expect(await readdir(path.join(dataDir, "backups"))).toEqual(written.slice(1));

    const restored = await openEmptyDatabase("pglite");
    try {
      await restoreBackup(restored.db, path.join(dataDir, "backups", written[3]));
      expect((await restored.db.prisma.component.findMany()).map((c) => c.slug)).toEqual(["api"]);
    } finally {
      await restored.dispose();
    }
  });

  it("does nothing when no migration is pending, for a database never migrated, and for Postgres", async () => {
    const fresh = await openEmptyDatabase("pglite");
    const postgres = await openEmptyDatabase("postgres");
    try {
      expect(await backupBeforeMigrating(fresh.db, dataDir)).toBeNull();
      await migrateDatabase(fresh.db);
      expect(await backupBeforeMigrating(fresh.db, dataDir)).toBeNull();
      await migrateDatabase(postgres.db);
      await postgres.db.withSession((s) =>
        s.exec(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`),
      );
      expect(await backupBeforeMigrating(postgres.db, dataDir)).toBeNull();
    } finally {
      await fresh.dispose();
      await postgres.dispose();
    }
  });
});
