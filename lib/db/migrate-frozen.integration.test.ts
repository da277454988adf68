import { describe, expect, it } from "vitest";
import { openPostgresBehindProxy } from "@/lib/testing/postgres-behind-proxy";
import { migrateDatabase } from "./boot";
import { applyMigrations, MigrationError, readMigrations } from "./migrate";
import { isStoreUnavailable } from "./store-unavailable";

// A start while Postgres freezes mid-migration (connections accepted, no answers) must not stop the server: the
// freeze is an outage, thrown as one, so start-up logs it and tries again in the background (lib/startup); only
// a migration the database refuses stops the server.

describe("a freeze in the middle of migrating (Postgres)", () => {
  it("is an outage, not a failed migration; nothing is half applied, and the next try finishes", async () => {
    const { db, proxy, dispose } = await openPostgresBehindProxy({ migrate: false });
    try {
      const migrations = await readMigrations();
      const third = migrations[2];
      const failure = await db
        .withSession((session) =>
          applyMigrations(
            {
              query: (text, params) => session.query(text, params),
              exec: (text) => {
                if (text === third.sql) proxy.freeze(); // the server stops answering mid-migration
                return session.exec(text);
              },
            },
            migrations,
          ),
        )
        .catch((error: unknown) => error);
      expect(failure).not.toBeInstanceOf(MigrationError);
      expect(isStoreUnavailable(failure)).toBe(true);

      proxy.restore();
      const applied = await migrateDatabase(db);
      expect(applied[0]).toBe(third.name);
      const recorded = await db.withSession((s) =>
        s.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY 1`),
      );
      expect(recorded.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
    } finally {
      await dispose();
    }
  });
});
