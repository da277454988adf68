import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import type { Database } from "./database";
import { applyMigrations, readMigrations } from "./migrate";
import { actualShapeOfDatabase, expectedShapeFromSchema } from "./schema-introspection";

describe.each(DATABASE_KINDS)("a database migrated from zero on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openEmptyDatabase(kind));
    await db.withSession(async (session) => applyMigrations(session, await readMigrations()));
  });
  afterAll(() => dispose());

  it("has exactly the tables, columns, types and nullability of schema.prisma", async () => {
    const expected = await expectedShapeFromSchema();
    const actual = await db.withSession(actualShapeOfDatabase);
    expect(actual.columns).toEqual(expected.columns);
  });

  it("has exactly the enums of schema.prisma, values in order", async () => {
    const expected = await expectedShapeFromSchema();
    const actual = await db.withSession(actualShapeOfDatabase);
    expect(actual.enums).toEqual(expected.enums);
  });

  it("has exactly the primary keys, unique constraints and indexes of schema.prisma", async () => {
    const expected = await expectedShapeFromSchema();
    const actual = await db.withSession(actualShapeOfDatabase);
    expect(actual.indexes).toEqual(expected.indexes);
  });

  it("has exactly the foreign keys and delete rules of schema.prisma", async () => {
    const expected = await expectedShapeFromSchema();
    const actual = await db.withSession(actualShapeOfDatabase);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
  });
});
