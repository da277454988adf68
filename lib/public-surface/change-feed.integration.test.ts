import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { openPostgres } from "@/lib/db/open-postgres";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { PUBLIC_CHANGE_CHANNEL } from "./start-change-feed";

// The store announces every write to what the public pages show, whoever makes it, so every instance re-renders.

function recorder() {
  const events = { changes: 0, health: [] as boolean[] };
  return {
    events,
    follower: { onChange: () => void (events.changes += 1), onHealth: (healthy: boolean) => void events.health.push(healthy) },
  };
}

describe.each(DATABASE_KINDS)("change notices on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openEmptyDatabase(kind));
    await migrateDatabase(db);
  });
  afterAll(() => dispose());

  it("a component written by anyone is announced once per transaction, and the store is reported healthy", async () => {
    const { events, follower } = recorder();
    const stop = db.followChanges(PUBLIC_CHANGE_CHANNEL, follower);
    await vi.waitFor(() => expect(events.health).toContain(true));
    const start = events.changes;
    await db.prisma.$transaction([
      db.prisma.component.create({ data: { name: "API", slug: "api", startDate: new Date() } }),
      db.prisma.component.create({ data: { name: "Web", slug: "web", startDate: new Date() } }),
    ]);
    await vi.waitFor(() => expect(events.changes).toBeGreaterThan(start));
    stop();
  });

  it("writes nobody reads on the public surface (sessions, audit) are not announced", async () => {
    const { events, follower } = recorder();
    const stop = db.followChanges(PUBLIC_CHANGE_CHANNEL, follower);
    await vi.waitFor(() => expect(events.health).toContain(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = events.changes;
    await db.prisma.auditLog.create({ data: { actorType: "system", actorLabel: "test", action: "test.noop", entityType: "test" } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.changes).toBe(start);
    stop();
  });
});

describe("change notices across instances (Postgres)", () => {
  it("a write through one instance's connection is heard by another instance on the same database", async () => {
    const { db, dispose } = await openEmptyDatabase("postgres");
    try {
      await migrateDatabase(db);
      const other = openPostgres({ url: await databaseUrlOf(db), connectTimeoutMs: 2_000, statementTimeoutMs: 5_000 });
      const { events, follower } = recorder();
      const stop = other.followChanges(PUBLIC_CHANGE_CHANNEL, follower);
      await vi.waitFor(() => expect(events.health).toContain(true));
      const start = events.changes;
      await db.prisma.pageSettings.create({ data: { id: "page", name: "Acme status", url: "https://status.acme.test", timeZone: "UTC" } });
      await vi.waitFor(() => expect(events.changes).toBeGreaterThan(start));
      stop();
      await other.close();
    } finally {
      await dispose();
    }
  });
});

async function databaseUrlOf(db: Database): Promise<string> {
  const [{ name }] = await db.withSession((session) => session.query<{ name: string }>("SELECT current_database() AS name"));
  const { databaseUrlFor } = await import("@/lib/testing/databases");
  return databaseUrlFor(name);
}
