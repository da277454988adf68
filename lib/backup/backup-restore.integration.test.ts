import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as summaryJson } from "@/app/api/v2/summary.json/route";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { recordCheck } from "@/lib/monitor-runner/record-check";
import { createComponent, createHttpMonitor } from "@/lib/monitor-runner/test-fixtures";
import { DATABASE_KINDS, openDemoDatabase, openEmptyDatabase } from "@/lib/testing/databases";
import { writeBackup } from "./export";
import { RestoreRefusedError, restoreBackup } from "./restore";
import { primaryKeyColumns, quoteIdent, tablesInDependencyOrder } from "./tables";

// Back up a database holding the demo and more, restore it into a fresh database of the other kind (the move from
// the embedded database to Postgres and back), and find every table and the public status document identical.

const now = new Date("2026-11-24T12:00:00Z");
const other = (kind: string) => (kind === "pglite" ? "postgres" : "pglite");

async function everyRow(db: Database): Promise<Record<string, unknown[]>> {
  return db.withSession(async (session) => {
    await session.exec("SET TIME ZONE 'UTC'");
    const all: Record<string, unknown[]> = {};
    for (const table of await tablesInDependencyOrder(session)) {
      const order = (await primaryKeyColumns(session, table)).map(quoteIdent).join(", ");
      const rows = await session.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table)} t ORDER BY ${order}`);
      all[table] = rows.map((r) => JSON.parse(r.j));
    }
    return all;
  });
}

async function publicSummary(db: Database): Promise<unknown> {
  provideDatabase(db);
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-25T08:00:00Z") });
  try {
    const response = await summaryJson(new Request("http://localhost/api/v2/summary.json"));
    expect(response.status).toBe(200);
    return response.json();
  } finally {
    vi.useRealTimers();
  }
}

/** Rows in the tables the demo leaves empty: a monitor with a check, a subscriber with a failed delivery, an admin. */
async function addMoreData(db: Database) {
  const prisma = db.prisma;
  const component = await createComponent(prisma, "Backed up service");
  const monitor = await createHttpMonitor(prisma, component.id, "http://127.0.0.1:9/health");
  const outcome = { ok: false, responseTimeMs: null, statusCode: null, error: "ECONNREFUSED: connection refused" };
  await recordCheck(prisma, { monitorId: monitor.id, dueAt: now, startedAt: now, outcome }, now);
  const subscriber = await prisma.subscriber.create({
    data: { channel: "webhook", webhookUrl: "https://hooks.example.com/x", componentIds: [component.id], confirmedAt: now },
  });
  const notification = await prisma.notification.create({
    data: { event: "incident.created", payload: { title: "Ünïcode ✓", n: [1, 2] } },
  });
  await prisma.notificationDelivery.create({
    data: { notificationId: notification.id, subscriberId: subscriber.id, state: "failed", attempts: 8, lastError: 'quote " and \\ slash' },
  });
  await prisma.user.create({ data: { id: "u_backup", name: "Bea", email: "bea@example.com", role: "owner" } });
}

describe.each(DATABASE_KINDS)("backing up %s and restoring into the other kind", (kind) => {
  let source: Awaited<ReturnType<typeof openDemoDatabase>>;
  let target: { db: Database; dispose: () => Promise<void> };
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-backup-"));
    file = path.join(dir, "beacon.jsonl");
    source = await openDemoDatabase(kind, now);
    await addMoreData(source.db);
    target = await openEmptyDatabase(other(kind));
  });
  afterAll(async () => {
    await source.dispose();
    await target.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it("restores every table's rows and the public status document identically", async () => {
    const counts = await writeBackup(source.db, file, now);
    expect(counts.Incident).toBeGreaterThan(0);
    expect(counts.MonitorCheck).toBe(1);
    const restored = await restoreBackup(target.db, file);
    expect(restored.counts).toEqual(counts);
    expect(restored.migratedAfter).toEqual([]);

    const [before, after] = [await everyRow(source.db), await everyRow(target.db)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    expect(await publicSummary(target.db)).toEqual(await publicSummary(source.db));
  });

  it("refuses to restore into a database that holds data, unless forced", async () => {
    await expect(restoreBackup(target.db, file)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/not empty \(rows in .*Incident/);
    await target.db.prisma.user.create({ data: { id: "u_extra", name: "Extra", email: "extra@example.com", role: "editor" } });
    await restoreBackup(target.db, file, { force: true });
    expect(await target.db.prisma.user.findUnique({ where: { id: "u_extra" } })).toBeNull();
    expect(await everyRow(target.db)).toEqual(await everyRow(source.db));
  });

  it("refuses a file cut off before its end line, and restores nothing", async () => {
    const cut = path.join(dir, "cut.jsonl");
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    await writeFile(cut, `${lines.slice(0, -1).join("\n")}\n`);
    const fresh = await openEmptyDatabase(kind);
    try {
      await expect(restoreBackup(fresh.db, cut)).rejects.toThrow(/cut off/);
      expect(await fresh.db.prisma.incident.count()).toBe(0);
    } finally {
      await fresh.dispose();
    }
  });

  it("an older backup is restored at its own migrations, then migrated forward", async () => {
    const shipped = await readMigrations();
    const old = await openEmptyDatabase(kind);
    const fresh = await openEmptyDatabase(other(kind));
    try {
      await old.db.withSession(async (session) => {
        await applyMigrations(session, shipped.slice(0, -1));
        // Plain SQL: this build's Prisma client expects columns the older schema lacks.
        await session.exec(`INSERT INTO "Component" (id, slug, name, "startDate", "updatedAt")
                            VALUES ('c_old', 'from-an-older-beacon', 'From an older Beacon', now(), now())`);
      });
      const older = path.join(dir, `older-${kind}.jsonl`);
      await writeBackup(old.db, older, now);
      const restored = await restoreBackup(fresh.db, older);
      expect(restored.migratedAfter).toEqual([shipped.at(-1)?.name]);
      expect((await fresh.db.prisma.component.findMany()).map((c) => c.name)).toEqual(["From an older Beacon"]);
    } finally {
      await old.dispose();
      await fresh.dispose();
    }
  });
});

describe("restoring into a migrated empty database", () => {
  it("is allowed without --force", async () => {
    const source = await openDemoDatabase("pglite", now);
    const target = await openEmptyDatabase("pglite");
    const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-backup-"));
    try {
      await migrateDatabase(target.db);
      await writeBackup(source.db, path.join(dir, "b.jsonl"), now);
      await restoreBackup(target.db, path.join(dir, "b.jsonl"));
      expect(await target.db.prisma.incident.count()).toBe(await source.db.prisma.incident.count());
      expect(await readdir(dir)).toEqual(["b.jsonl"]);
    } finally {
      await source.dispose();
      await target.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
