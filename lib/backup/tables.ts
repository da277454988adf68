import "server-only";
import type { SqlSession } from "@/lib/db/database";

// Beacon's tables read from the catalog (so a new migration's tables are backed up without a list to maintain),
// ordered so every table comes after the tables its foreign keys point to.

const MIGRATIONS_TABLE = "_prisma_migrations";

export async function tablesInDependencyOrder(session: SqlSession): Promise<string[]> {
  const tables = await session.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> $1 ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const edges = await session.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema() AND child.oid <> parent.oid`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of edges) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < parents.size) {
    const ready = [...parents.keys()].filter((t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error("the tables' foreign keys form a cycle; cannot order them");
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}

/** The primary-key columns of `table`, to read its rows in a stable order. */
export async function primaryKeyColumns(session: SqlSession, table: string): Promise<string[]> {
  const rows = await session.query<{ column: string }>(
    `SELECT a.attname AS column FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = format('%I', $1::text)::regclass AND i.indisprimary ORDER BY a.attname`,
    [table],
  );
  return rows.map((r) => r.column);
}

export async function appliedMigrationNames(session: SqlSession): Promise<string[]> {
  const [present] = await session.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`"${MIGRATIONS_TABLE}"`]);
  if (!present?.ok) return [];
  const rows = await session.query<{ migration_name: string }>(
    `SELECT migration_name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
