import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import { openPglite } from "@/lib/db/open-pglite";
import { openPostgres } from "@/lib/db/open-postgres";
import { readDemoPostmortem, seedDemoData } from "@/lib/demo/seed";
import { createPostgresDatabase } from "@/lib/testing/databases";

// Moving from the embedded database to Postgres is `npm run backup` and `npm run restore`.

const run = promisify(execFile);
const script = (name: string, args: string[], env: Record<string, string>) =>
  run("node", ["--conditions=react-server", "--import", "tsx", `prisma/${name}.ts`, ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );

describe("npm run backup and npm run restore", () => {
  it("move the embedded database's data into Postgres, and refuse to restore over data without --force", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-move-"));
    const dataDir = path.join(dir, "data");
    const file = path.join(dir, "beacon.jsonl");
    const postgres = await createPostgresDatabase();
    try {
      const embedded = await openPglite(dataDir);
      await migrateDatabase(embedded);
      await seedDemoData(embedded.prisma, { now: new Date("2026-11-24T12:00:00Z"), postmortemMarkdown: await readDemoPostmortem() });
      const incidents = await embedded.prisma.incident.count();
      await embedded.close();

      const backup = await script("backup", [file], { DATABASE_URL: "", BEACON_DATA_DIR: dataDir });
      expect(backup).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up \d+ rows from \d+ tables \(pglite\)/) });
      const toPostgres = { DATABASE_URL: postgres.url };
      expect(await script("restore", [file], toPostgres)).toMatchObject({ code: 0, out: expect.stringMatching(/^Restored \d+ rows/) });
      const again = await script("restore", [file], toPostgres);
      expect(again.code).toBe(1);
      expect(again.out).toMatch(/not empty .*pass --force/);
      expect((await script("restore", [file, "--force"], toPostgres)).code).toBe(0);

      const db = openPostgres({ url: postgres.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
      try {
        expect(await db.prisma.incident.count()).toBe(incidents);
      } finally {
        await db.close();
      }
    } finally {
      await postgres.drop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
