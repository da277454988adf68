// Reads a migrated database's shape and the shape schema.prisma asks for, in one comparable form.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { getDMMF } from "@prisma/get-dmmf";
import type { SqlSession } from "./database";

export interface DatabaseShape {
  enums: Record<string, string[]>;
  columns: string[]; // "Table.column type NULL|NOT NULL"
  indexes: string[]; // "Table (col, col) unique|index|primary"
  foreignKeys: string[]; // "Table (col) -> Other (col) on delete X"
}

const PRISMA_SCALAR_TO_SQL: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Json: "jsonb",
  DateTime: "timestamp(3) without time zone",
};
const NATIVE_TO_SQL: Record<string, (args: string[]) => string> = {
  Timestamptz: (args) => `timestamp(${args[0] ?? 6}) with time zone`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6}) without time zone`,
  Text: () => "text",
};
const ON_DELETE: Record<string, string> = { Cascade: "CASCADE", SetNull: "SET NULL", Restrict: "RESTRICT", NoAction: "NO ACTION" };

export async function expectedShapeFromSchema(schemaPath = path.resolve("prisma/schema.prisma")): Promise<DatabaseShape> {
  const result = getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  if (!("datamodel" in result)) throw new Error(`schema.prisma does not parse: ${result.reason}`);
  const { models, enums, indexes } = result.datamodel;
  const tableOf = (model: string) => models.find((m) => m.name === model)?.dbName ?? model;
  const columnOf = (model: string, field: string) =>
    models.find((m) => m.name === model)?.fields.find((f) => f.name === field)?.dbName ?? field;

  const shape: DatabaseShape = { enums: {}, columns: [], indexes: [], foreignKeys: [] };
  for (const e of enums) shape.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);
  for (const model of models) {
    const table = model.dbName ?? model.name;
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const from = field.relationFromFields.map((f) => columnOf(model.name, f)).join(", ");
          const to = (field.relationToFields ?? []).map((f) => columnOf(field.type, f)).join(", ");
          const onDelete = ON_DELETE[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")];
          shape.foreignKeys.push(`${table} (${from}) -> ${tableOf(field.type)} (${to}) on delete ${onDelete}`);
        }
        continue;
      }
      const [native, args] = (field.nativeType as [string, string[]] | null) ?? [];
      const scalar = field.kind === "enum" ? field.type : native ? NATIVE_TO_SQL[native](args ?? []) : PRISMA_SCALAR_TO_SQL[field.type];
      const type = field.isList ? `${scalar}[]` : scalar;
      // Prisma creates list columns without NOT NULL, whatever the field says.
      const notNull = field.isRequired && !field.isList;
      shape.columns.push(`${table}.${field.dbName ?? field.name} ${type} ${notNull ? "NOT NULL" : "NULL"}`);
    }
  }
  for (const index of indexes) {
    const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    const cols = index.fields.map((f) => columnOf(index.model, f.name)).join(", ");
    shape.indexes.push(`${tableOf(index.model)} (${cols}) ${kind}`);
  }
  return sortShape(shape);
}

export async function actualShapeOfDatabase(session: SqlSession): Promise<DatabaseShape> {
  const shape: DatabaseShape = { enums: {}, columns: [], indexes: [], foreignKeys: [] };
  const enumRows = await session.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
  );
  for (const row of enumRows) (shape.enums[row.name] ??= []).push(row.value);

  const columnRows = await session.query<{ table: string; column: string; type: string; notnull: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations'`,
  );
  for (const r of columnRows) {
    const type = r.type.replace(/^"(.*)"$/, "$1");
    shape.columns.push(`${r.table}.${r.column} ${type} ${r.notnull ? "NOT NULL" : "NULL"}`);
  }

  const indexRows = await session.query<{ table: string; columns: string[] | string; primary: boolean; unique: boolean }>(
    `SELECT t.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
            ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
  );
  for (const r of indexRows) {
    const kind = r.primary ? "primary" : r.unique ? "unique" : "index";
    shape.indexes.push(`${r.table} (${pgArray(r.columns).join(", ")}) ${kind}`);
  }

  const fkRows = await session.query<{
    table: string;
    columns: string[] | string;
    ref: string;
    refcolumns: string[] | string;
    ondelete: string;
  }>(
    `SELECT t.relname AS table, r.relname AS ref,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS refcolumns,
            CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'
                               WHEN 'a' THEN 'NO ACTION' ELSE 'SET DEFAULT' END AS ondelete
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  for (const r of fkRows) {
    shape.foreignKeys.push(
      `${r.table} (${pgArray(r.columns).join(", ")}) -> ${r.ref} (${pgArray(r.refcolumns).join(", ")}) on delete ${r.ondelete}`,
    );
  }
  return sortShape(shape);
}

// node-postgres parses text[]; PGlite may hand back the literal "{a,b}".
function pgArray(value: string[] | string): string[] {
  return Array.isArray(value)
    ? value
    : value
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean);
}

function sortShape(shape: DatabaseShape): DatabaseShape {
  return { ...shape, columns: shape.columns.sort(), indexes: shape.indexes.sort(), foreignKeys: shape.foreignKeys.sort() };
}
