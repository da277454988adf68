import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { getPrisma, provideDatabase } from "@/lib/db/boot";
import { openPostgres } from "@/lib/db/open-postgres";
import { readinessSignals, reportJobTick, reportSnapshotFresh } from "@/lib/telemetry/readiness-signals";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { EXPECTED_JOBS, STARTUP_GRACE_MS } from "./readiness";

// GET /api/health and GET /api/ready as Next calls them, against a migrated demo database.

type ReadyBody = { status: string; error?: { code: string; message: string }; checks: { name: string; ok: boolean; detail: string }[] };

function everythingTicked() {
  for (const job of Object.keys(EXPECTED_JOBS)) reportJobTick(job);
  reportSnapshotFresh(new Date());
}

/** A real Postgres client pointed at a port where nothing listens. */
const unreachableStore = () =>
  openPostgres({ url: "postgresql://postgres@127.0.0.1:9/none", connectTimeoutMs: 500, statementTimeoutMs: 500 });

describe.each(DATABASE_KINDS)("health and readiness on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openDemoDatabase>>;
  beforeAll(async () => {
    opened = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z"));
    readinessSignals().processStartedAt = Date.now();
  });
  afterAll(() => opened.dispose());

  it("/api/ready answers 200 when the store, migrations, jobs and snapshot are all well", async () => {
    everythingTicked();
    const response = await ready();
    const body = (await response.json()) as ReadyBody;
    expect(response.status).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.checks.every((c) => c.ok)).toBe(true);
  });

  it("/api/ready answers 503 naming a migration that is not applied", async () => {
    const prisma = await getPrisma();
    const [latest] = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    const mark = (rolledBack: boolean) =>
      prisma.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET rolled_back_at = ${rolledBack ? "now()" : "NULL"} WHERE migration_name = $1`,
        latest.migration_name,
      );
    await mark(true);
    try {
      everythingTicked();
      const response = await ready();
      const body = (await response.json()) as ReadyBody;
      expect(response.status).toBe(503);
      expect(body.error).toEqual({ code: "not_ready", message: `migrations: 1 pending: ${latest.migration_name}` });
    } finally {
      await mark(false);
    }
  });

  it("/api/ready answers 503 naming a job that stopped ticking, and one that never ticked after the grace period", async () => {
    everythingTicked();
    reportJobTick("maintenance scheduler", new Date(Date.now() - 10 * 60_000));
    const response = await ready();
    const body = (await response.json()) as ReadyBody;
    expect(response.status).toBe(503);
    expect(body.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(["job:maintenance scheduler"]);

    delete readinessSignals().jobTicks["maintenance scheduler"];
    expect((await ready()).status).toBe(200); // never ticked, but the process only just started
    readinessSignals().processStartedAt = Date.now() - STARTUP_GRACE_MS - 1_000;
    try {
      expect((await ready()).status).toBe(503);
    } finally {
      readinessSignals().processStartedAt = Date.now();
    }
  });

  it("/api/ready answers 503 naming the store when it does not answer, while /api/health still answers 200", async () => {
    everythingTicked();
    const down = unreachableStore();
    provideDatabase(down);
    try {
      const response = await ready();
      const body = (await response.json()) as ReadyBody;
      expect(response.status).toBe(503);
      expect(body.checks[0]).toMatchObject({ name: "store", ok: false, detail: expect.stringMatching(/^unreachable: /) });
      const live = health();
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: "ok" });
    } finally {
      provideDatabase(opened.db);
      await down.close();
    }
  });
});
