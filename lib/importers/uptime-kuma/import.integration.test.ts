import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { applyKumaImport } from "./apply";
import { readKumaBackup } from "./backup-file";

// An Uptime Kuma backup (its export's shape: version, notificationList, monitorList) imported into Beacon.

const BACKUP = path.join(import.meta.dirname, "kuma-backup.fixture.json");

describe.each(DATABASE_KINDS)("importing an Uptime Kuma backup into %s", (kind) => {
  let target: { db: Database; dispose: () => Promise<void> };
  beforeAll(async () => {
    target = await openEmptyDatabase(kind);
    await migrateDatabase(target.db);
    provideDatabase(target.db);
  });
  afterAll(() => target.dispose());

  it("makes its groups component groups and its monitors components with Beacon monitors", async () => {
    const { monitors } = await readKumaBackup(BACKUP);
    const report = await applyKumaImport(target.db, monitors);
    expect(report).toMatchObject({ groups: 1, components: 5, monitorsCreated: 4, monitorsUpdated: 0, skipped: 1 });
    expect(report.lines).toContain('  skipped monitor "Gateway ping" (ping): Beacon has no ping monitors; its component was imported');
    expect(report.lines.some((l) => l.startsWith('  "Nightly backup" is a heartbeat monitor: point its pushes at /api/heartbeat/'))).toBe(
      true,
    );

    const prisma = target.db.prisma;
    const components = await prisma.component.findMany({ orderBy: { position: "asc" }, include: { group: true, monitors: true } });
    expect(components.map((c) => [c.name, c.group?.name ?? null])).toEqual([
      ["API", "Production"],
      ["Website", "Production"],
      ["Database", null],
      ["Nightly backup", null],
      ["Gateway ping", "Production"],
    ]);
    const monitor = (name: string) => components.find((c) => c.name === name)?.monitors[0];
    expect(monitor("API")).toMatchObject({
      kind: "http",
      url: "https://api.example.com/health",
      expectedStatusCodes: "200-299,301",
      intervalSeconds: 30,
      timeoutMs: 24_000,
      failureThreshold: 3,
      requestHeaders: { "X-Probe": "kuma" },
    });
    expect(monitor("Website")).toMatchObject({ kind: "http", keyword: "Welcome", followRedirects: false, failureThreshold: 1 });
    expect(monitor("Database")).toMatchObject({ kind: "tcp", host: "db.example.com", port: 5432, enabled: false });
    expect(monitor("Nightly backup")).toMatchObject({ kind: "heartbeat", intervalSeconds: 3600 });
    expect(monitor("Gateway ping")).toBeUndefined();
  });

  it("updates what it created when the same backup is imported again", async () => {
    const { monitors } = await readKumaBackup(BACKUP);
    const report = await applyKumaImport(target.db, monitors);
    expect(report).toMatchObject({ groups: 1, components: 5, monitorsCreated: 0, monitorsUpdated: 4 });
    expect(await target.db.prisma.component.count()).toBe(5);
    expect(await target.db.prisma.monitor.count()).toBe(4);
  });

  it("refuses a file that is not an Uptime Kuma backup, naming what is wrong", async () => {
    await expect(readKumaBackup(path.join(import.meta.dirname, "apply.ts"))).rejects.toThrow(/is not a JSON file/);
    await expect(readKumaBackup(path.join(process.cwd(), "package.json"))).rejects.toThrow(/is not an Uptime Kuma backup: monitorList/);
  });
});
