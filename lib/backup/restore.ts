import "server-only";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Database, SqlSession } from "@/lib/db/database";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { BackupFormatError, type BackupHeader, type BackupRowLine, type BackupTrailer, parseHeader } from "./format";
import { appliedMigrationNames, quoteIdent, tablesInDependencyOrder } from "./tables";

const BATCH = 500;

/** The target holds data and --force was not given, or it is at migrations the backup does not know. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export interface RestoreResult {
  counts: Record<string, number>;
  /** Migrations applied after loading, to bring an older backup up to this Beacon. */
  migratedAfter: string[];
}

/**
 * Loads a backup: migrates the target to the backup's migrations, loads every row in one transaction (replacing
 * what is there only with `force`), then applies the migrations the backup predates.
 */
export async function restoreBackup(
  db: Database,
  file: string,
  options: { force?: boolean; migrationsDir?: string } = {},
): Promise<RestoreResult> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  const header = parseHeader((await lines.next()).value);
  const shipped = await readMigrations(options.migrationsDir);
  const known = new Set(shipped.map((m) => m.name));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new RestoreRefusedError(`the backup comes from a newer Beacon (migrations ${unknown.join(", ")}); upgrade this Beacon first`);
  }
  return db.withSession(async (session) => {
    await checkTarget(session, header, options.force ?? false);
    const atBackupLevel = shipped.filter((m) => header.migrations.includes(m.name));
    await applyMigrations(session, atBackupLevel);
    const counts = await loadRows(session, header, lines, options.force ?? false);
    const migratedAfter = await applyMigrations(session, shipped);
    return { counts, migratedAfter };
  });
}

async function checkTarget(session: SqlSession, header: BackupHeader, force: boolean) {
  const applied = await appliedMigrationNames(session);
  const beyond = applied.filter((name) => !header.migrations.includes(name));
  if (beyond.length > 0) {
    throw new RestoreRefusedError(
      `the target database is at migrations the backup predates (${beyond.join(", ")}); restore into an empty database`,
    );
  }
  if (force || applied.length === 0) return;
  const filled: string[] = [];
  for (const table of await tablesInDependencyOrder(session)) {
    const [row] = await session.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`);
    if (row?.any) filled.push(table);
  }
  if (filled.length > 0) {
    throw new RestoreRefusedError(
      `the target database is not empty (rows in ${filled.join(", ")}); restore into an empty database, or pass --force to replace its data`,
    );
  }
}

async function loadRows(
  session: SqlSession,
  header: BackupHeader,
  lines: AsyncIterator<string>,
  force: boolean,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(header.tables.map((t) => [t, 0]));
  await session.exec("BEGIN");
  try {
    if (force) await session.exec(`TRUNCATE ${header.tables.map(quoteIdent).join(", ")} CASCADE`);
    let batch = null as { table: string; rows: unknown[] } | null;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const t = quoteIdent(batch.table);
      await session.query(`INSERT INTO ${t} SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [JSON.stringify(batch.rows)]);
      counts[batch.table] += batch.rows.length;
      batch.rows = [];
    };
    let trailer: BackupTrailer | null = null;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (next.value.trim() === "") continue;
      const line = JSON.parse(next.value) as BackupRowLine | BackupTrailer;
      if ("end" in line) {
        trailer = line;
        break;
      }
      if (!(line.table in counts)) throw new BackupFormatError(`the backup has a row for ${line.table}, which its header does not list`);
      if (batch?.table !== line.table) {
        await flush();
        batch = { table: line.table, rows: [] };
      }
      batch.rows.push(line.row);
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    if (!trailer) throw new BackupFormatError("the backup is cut off (no end line); nothing was restored");
    for (const [table, expected] of Object.entries(trailer.counts)) {
      if (counts[table] !== expected)
        throw new BackupFormatError(`the backup's ${table} should hold ${expected} rows but has ${counts[table]}`);
    }
    await session.exec("COMMIT");
    return counts;
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
