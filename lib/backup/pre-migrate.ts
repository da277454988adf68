import "server-only";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/lib/db/database";
import { readMigrations } from "@/lib/db/migrate";
import { writeBackup } from "./export";
import { appliedMigrationNames } from "./tables";

export const PRE_MIGRATE_COPIES_KEPT = 3;
const PREFIX = "pre-migrate-";

/**
 * Before migrations change the embedded database, writes a backup to `<dataDir>/backups/pre-migrate-<time>.jsonl`
 * and keeps the newest 3. Does nothing for Postgres (its operator owns its backups), for a database never migrated
 * (nothing to lose) and when no migration is pending. Returns the backup's path, or null.
 */
export async function backupBeforeMigrating(
  db: Database,
  dataDir: string,
  options: { now?: Date; migrationsDir?: string } = {},
): Promise<string | null> {
  if (db.kind !== "pglite") return null;
  const applied = new Set(await db.withSession(appliedMigrationNames));
  if (applied.size === 0) return null;
  const pending = (await readMigrations(options.migrationsDir)).filter((m) => !applied.has(m.name));
  if (pending.length === 0) return null;
  const dir = path.join(dataDir, "backups");
  await mkdir(dir, { recursive: true });
  const now = options.now ?? new Date();
  const file = path.join(dir, `${PREFIX}${now.toISOString().replace(/[:.]/g, "-")}.jsonl`);
  await writeBackup(db, file, now);
  await pruneOldCopies(dir);
  console.log(`[beacon] embedded database backed up before ${pending.length} migration(s): ${file}`);
  return file;
}

async function pruneOldCopies(dir: string) {
  // ISO timestamps in the names sort in time order.
  const copies = (await readdir(dir)).filter((name) => name.startsWith(PREFIX) && name.endsWith(".jsonl")).sort();
  for (const old of copies.slice(0, -PRE_MIGRATE_COPIES_KEPT)) await rm(path.join(dir, old), { force: true });
}
