import { describe, expect, it } from "vitest";
import { readMigrations } from "./migrate";
import { findPinnedExtensionVersions } from "./migration-lint";

describe("findPinnedExtensionVersions", () => {
  it("flags the statement that caused BMAD-DEPLOY-001", () => {
    const sql = 'CREATE EXTENSION IF NOT EXISTS "vector" WITH VERSION "0.5.1";';
    expect(findPinnedExtensionVersions(sql)).toHaveLength(1);
  });

  it("flags a pinned version across lines and in lower case", () => {
    expect(findPinnedExtensionVersions("create extension pgcrypto\n  schema public\n  version '1.3';")).toHaveLength(1);
  });

  it("accepts an extension without a version", () => {
    expect(findPinnedExtensionVersions('CREATE EXTENSION IF NOT EXISTS "vector";\nSELECT 1;')).toEqual([]);
  });

  it("ignores a pinned version that is only mentioned in a comment", () => {
    expect(findPinnedExtensionVersions('-- never: CREATE EXTENSION "vector" WITH VERSION "0.5.1";\nSELECT 1;')).toEqual([]);
  });
});

describe("Beacon's own migrations", () => {
  it("never pin an extension version", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const pinned = migrations.flatMap((m) => findPinnedExtensionVersions(m.sql).map((s) => `${m.name}: ${s}`));
    expect(pinned).toEqual([]);
  });
});
