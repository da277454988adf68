import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { openPostgres } from "@/lib/db/open-postgres";
import { createPostgresDatabase } from "@/lib/testing/databases";
import { vendorSummary } from "@/lib/testing/upstream-documents";
import { handDrivenPoller, insertMirror, testClock } from "@/lib/testing/upstream-fixture";
import { startUpstreamServer, type UpstreamServer } from "@/lib/testing/upstream-server";

const START = new Date("2026-11-29T10:00:00Z");

describe("two Beacon instances on one Postgres", () => {
  let instances: Database[];
  let drop: () => Promise<unknown>;
  let server: UpstreamServer;
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    const open = () => openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
    instances = [open(), open()];
    await migrateDatabase(instances[0]);
    server = await startUpstreamServer(vendorSummary("Render", "https://status.render.com"));
  });
  afterAll(async () => {
    await server.close();
    for (const db of instances) await db.close();
    await drop();
  });

  it("poll each upstream exactly once per interval between them, however many components mirror it", async () => {
    const prisma = instances[0].prisma;
    const intervals = [30, 45];
    const urls = [server.url, `${server.url}/api/v2/`]; // two upstreams on the same local page
    for (const [i, intervalSeconds] of intervals.entries()) {
      const upstream = await prisma.upstream.create({
        data: { name: `Render ${i}`, url: urls[i], intervalSeconds, nextPollAt: START },
      });
      for (const n of [1, 2, 3]) await insertMirror(prisma, upstream.id, `Render ${i} mirror ${n}`, "page", null);
    }
    const clock = testClock(START);
    const pollers = instances.map((db) => handDrivenPoller(db.prisma, clock));
    const RUN_SECONDS = 300;
    // Both instances tick every second of five minutes, at the same instants.
    for (let second = 0; second < RUN_SECONDS; second++) {
      await Promise.all(pollers.map((p) => p.tick()));
      clock.advance(1);
    }
    // 300 s: every 30 s is 10 polls, every 45 s is 7 (0, 45, …, 270); one request each.
    expect(server.requests).toBe(10 + 7);
    // Between them: which instance claims a due upstream is whichever asks first (SKIP LOCKED), so one may take all.
    expect(pollers[0].polls + pollers[1].polls).toBe(17);
  });
});
