import "server-only";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Database } from "@/lib/db/database";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from "./format";
import { appliedMigrationNames, primaryKeyColumns, quoteIdent, tablesInDependencyOrder } from "./tables";

const BATCH = 1_000;

/**
 * Writes every row of every Beacon table to `file` from one consistent snapshot (a read-only repeatable-read
 * transaction), as JSON lines; returns each table's row count.
 */
export async function writeBackup(db: Database, file: string, now = new Date()): Promise<Record<string, number>> {
  const out = createWriteStream(file, { flags: "wx" }); // never overwrite an existing backup
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  try {
    const counts = await db.withSession(async (session) => {
      await session.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const tables = await tablesInDependencyOrder(session);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: now.toISOString(),
          source: db.kind,
          migrations: await appliedMigrationNames(session),
          tables,
        };
        await write(JSON.stringify(header));
        const counts: Record<string, number> = {};
        for (const table of tables) {
          const order = (await primaryKeyColumns(session, table)).map(quoteIdent).join(", ") || "ctid";
          counts[table] = 0;
          for (let offset = 0; ; offset += BATCH) {
            const rows = await session.query<{ j: string }>(
              `SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
            );
            for (const { j } of rows) await write(`{"table":${JSON.stringify(table)},"row":${j}}`);
            counts[table] += rows.length;
            if (rows.length < BATCH) break;
          }
        }
        await write(JSON.stringify({ end: true, counts }));
        return counts;
      } finally {
        await session.exec("ROLLBACK");
      }
    });
    out.end();
    await once(out, "finish");
    return counts;
  } catch (error) {
    out.destroy();
    await rm(file, { force: true }); // a half-written backup must not be mistaken for one
    throw error;
  }
}
