import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { migrateDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { openPostgres } from "@/lib/db/open-postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { placeMonitor } from "@/lib/monitors/placement";
import { createPostgresDatabase, DATABASE_KINDS } from "@/lib/testing/databases";
import { createComponent, createHttpMonitor, openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { startProbeApiServer } from "@/lib/testing/probe-api-server";
import { claimAssignments, LEASE_GRACE_MS } from "./claim-assignments";
import { createProbeLocation, revokeProbeLocation } from "./locations";
import { markSilentLocationsOffline } from "./offline";
import { receiveResults } from "./receive-results";
import { closeOverdueRounds } from "./rounds";

const ADMIN: Actor = { type: "system", id: null, label: "test admin" };
const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

async function location(prisma: PrismaClient, name: string, now = T0) {
  const created = await createProbeLocation(prisma, ADMIN, { name }, now);
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
}

/** A monitor checked every 30 s from T0 on the given locations (or all), with the default quorum. */
async function remoteMonitor(prisma: PrismaClient, locationIds: string[] | "all", extra: { quorum?: number } = {}) {
  const component = await createComponent(prisma, `API ${Math.random().toString(36).slice(2, 8)}`);
  const placement = locationIds === "all" ? "all" : "locations";
  const monitor = await createHttpMonitor(prisma, component.id, "http://127.0.0.1:9/health", {
    intervalSeconds: 30,
    nextCheckAt: T0,
    placement,
    quorum: extra.quorum ?? null,
    failureThreshold: 2,
    recoveryThreshold: 1,
  });
  await prisma.$transaction((tx) => placeMonitor(tx, monitor.id, placement, locationIds === "all" ? [] : locationIds, T0));
  return { monitor, component };
}

const result = (monitorId: string, dueAt: Date, ok: boolean, error: string | null = ok ? null : "ECONNREFUSED: connection refused") => ({
  monitorId,
  dueAt,
  startedAt: new Date(dueAt.getTime() + 40),
  ok,
  degraded: null,
  responseTimeMs: ok ? 12 : null,
  statusCode: ok ? 200 : null,
  error,
});

let batches = 0;
const batch = (results: ReturnType<typeof result>[]) => ({ batchId: `batch-${++batches}-${Date.now()}`, version: "test", results });

describe.each(DATABASE_KINDS)("remote probes on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ db, dispose } = await openMigratedDatabase(kind)));
  afterAll(() => dispose());

  it("a location's token is shown once and kept hashed; the probe API refuses it once revoked", async () => {
    const { location: loc, token } = await location(db.prisma, "token-test");
    const row = await db.prisma.probeLocation.findUniqueOrThrow({ where: { id: loc.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(loc)).not.toContain(token);
    const server = await startProbeApiServer(db.prisma);
    try {
      const pull = () =>
        fetch(`${server.url}/api/probe/v1/assignments`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-beacon-probe-version": "probe/9.9" },
          body: "{}",
        });
      const answer = await pull();
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ location: "token-test", assignments: [] });
      const seen = await db.prisma.probeLocation.findUniqueOrThrow({ where: { id: loc.id } });
      expect(seen.probeVersion).toBe("probe/9.9");
      expect(seen.lastContactAt).not.toBeNull();
      await revokeProbeLocation(db.prisma, ADMIN, loc.id);
      expect((await pull()).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it("a retried upload is never counted twice, under its batch id or inside another batch", async () => {
    const { location: loc } = await location(db.prisma, "retry-test");
    const { monitor } = await remoteMonitor(db.prisma, [loc.id]);
    const same = batch([result(monitor.id, T0, true)]);
    expect(await receiveResults(db.prisma, loc.id, same, at(1))).toMatchObject({ duplicate: false, accepted: 1 });
    expect(await receiveResults(db.prisma, loc.id, same, at(2))).toMatchObject({ duplicate: true, accepted: 0 });
    await receiveResults(db.prisma, loc.id, batch([result(monitor.id, T0, true)]), at(3));
    expect(await db.prisma.probeResult.count({ where: { monitorId: monitor.id } })).toBe(1);
    expect(await db.prisma.monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(1);
  });

  it("a check whose probe crashed is handed out again when its lease expires, and only then", async () => {
    const { location: loc } = await location(db.prisma, "lease-test");
    const { monitor } = await remoteMonitor(db.prisma, [loc.id]);
    const first = await claimAssignments(db.prisma, loc.id, { now: T0, horizonMs: 0, limit: 10 });
    expect(first.map((l) => [l.monitorId, l.dueAt.toISOString()])).toEqual([[monitor.id, T0.toISOString()]]);
    expect(first[0].check).toMatchObject({ kind: "http", url: "http://127.0.0.1:9/health" });
    expect(await claimAssignments(db.prisma, loc.id, { now: at(5), horizonMs: 0, limit: 10 })).toEqual([]);
    const expiry = (monitor.timeoutMs + LEASE_GRACE_MS) / 1000;
    const again = await claimAssignments(db.prisma, loc.id, { now: at(expiry + 0.1), horizonMs: 0, limit: 10 });
    expect(again.map((l) => l.dueAt.toISOString())).toEqual([T0.toISOString()]);
    // Its result releases the lease; the next due time follows on the monitor's 30 s grid.
    await receiveResults(db.prisma, loc.id, batch([result(monitor.id, T0, true)]), at(expiry + 1));
    const next = await claimAssignments(db.prisma, loc.id, { now: at(30), horizonMs: 0, limit: 10 });
    expect(next.map((l) => l.dueAt.toISOString())).toEqual([at(30).toISOString()]);
  });

  it("quorum 2 of 3: one failing location opens nothing; two open the outage and an incident naming them; recovery by the same rule", async () => {
    const locs = [await location(db.prisma, "q-eu"), await location(db.prisma, "q-us"), await location(db.prisma, "q-ap")].map(
      (l) => l.location,
    );
    const { monitor, component } = await remoteMonitor(
      db.prisma,
      locs.map((l) => l.id),
    );
    const round = async (n: number, failing: string[]) => {
      const dueAt = at(n * 30);
      for (const loc of locs)
        await receiveResults(db.prisma, loc.id, batch([result(monitor.id, dueAt, !failing.includes(loc.name))]), at(n * 30 + 1));
    };
    for (const n of [0, 1, 2]) await round(n, ["q-ap"]);
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitor.id } })).state).toBe("up");
    expect(await db.prisma.incidentComponent.count({ where: { componentId: component.id } })).toBe(0);
    expect((await db.prisma.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
    // Uptime counts quorum outcomes only: one check per round, all passed.
    const checks = await db.prisma.monitorCheck.findMany({ where: { monitorId: monitor.id }, orderBy: { dueAt: "asc" } });
    expect(checks.map((c) => c.ok)).toEqual([true, true, true]);
    expect(await db.prisma.probeResult.count({ where: { monitorId: monitor.id } })).toBe(9);

    for (const n of [3, 4]) await round(n, ["q-ap", "q-us"]);
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitor.id } })).state).toBe("down");
    expect((await db.prisma.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("major_outage");
    const incident = await db.prisma.incident.findFirstOrThrow({ where: { components: { some: { componentId: component.id } } } });
    expect(incident.name).toContain("failing from q-ap, q-us (2 of 3)");

    await round(5, ["q-ap"]);
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitor.id } })).state).toBe("up");
    expect((await db.prisma.component.findUniqueOrThrow({ where: { id: component.id } })).status).toBe("operational");
  });

  it("an offline location is shown, audited and never counted: rounds are decided by those still reporting", async () => {
    const eu = (await location(db.prisma, "o-eu", T0)).location;
    const us = (await location(db.prisma, "o-us", T0)).location;
    const ap = (await location(db.prisma, "o-ap", T0)).location;
    const { monitor } = await remoteMonitor(db.prisma, [eu.id, us.id, ap.id]);
    // ap's probe was killed: it never reports again. The other two pass; the round waits for its deadline.
    for (const loc of [eu, us]) await receiveResults(db.prisma, loc.id, batch([result(monitor.id, T0, true)]), at(1));
    expect(await db.prisma.monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(0);
    expect(await closeOverdueRounds(db.prisma, at(16))).toBeGreaterThanOrEqual(1);
    const decided = await db.prisma.monitorCheck.findMany({ where: { monitorId: monitor.id } });
    expect(decided.map((c) => c.ok)).toEqual([true]);

    await db.prisma.probeLocation.updateMany({ where: { id: { in: [eu.id, us.id] } }, data: { lastContactAt: at(100) } });
    await db.prisma.probeLocation.update({ where: { id: ap.id }, data: { lastContactAt: at(1) } });
    const offline = await markSilentLocationsOffline(db.prisma, at(120), 60_000);
    expect(offline).toContain("o-ap");
    expect(offline).not.toContain("o-eu");
    expect(offline).not.toContain("o-us");
    expect((await db.prisma.probeLocation.findUniqueOrThrow({ where: { id: ap.id } })).offlineSince).toEqual(at(120));
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "probe_location.offline", entityId: ap.id } });
    expect(audit).not.toBeNull();
    // Offline: not waited for, so the next round is decided as soon as the two online locations report.
    for (const loc of [eu, us]) await receiveResults(db.prisma, loc.id, batch([result(monitor.id, at(30), true)]), at(31));
    expect(await db.prisma.monitorCheck.count({ where: { monitorId: monitor.id } })).toBe(2);
  });
});

describe("two Beacon instances on one Postgres", () => {
  let db: Database;
  let second: Database;
  let drop: () => Promise<unknown>;
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    db = openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
    second = openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 10_000 });
    await migrateDatabase(db);
  });
  afterAll(async () => {
    await Promise.all([db.close(), second.close()]);
    await drop();
  });

  it("hand each due check of each location out exactly once, however they race", async () => {
    const locs = [(await location(db.prisma, "x-eu")).location, (await location(db.prisma, "x-us")).location];
    const monitors = [];
    for (let i = 0; i < 20; i++) monitors.push((await remoteMonitor(db.prisma, "all")).monitor);
    const handed: string[] = [];
    // Both instances claim for both locations every "tick" over 2 minutes of due times, all at once.
    for (let tick = 0; tick <= 120; tick += 10) {
      const now = at(tick);
      const claims = await Promise.all(
        [db.prisma, second.prisma, db.prisma, second.prisma].flatMap((prisma) =>
          locs.map((loc) => claimAssignments(prisma, loc.id, { now, horizonMs: 0, limit: 15 })),
        ),
      );
      claims.forEach((leases, i) => {
        for (const lease of leases) handed.push(`${locs[i % 2].id}|${lease.monitorId}|${lease.dueAt.toISOString()}`);
      });
      // Results come back, releasing the leases, as probes do.
      for (const [i, leases] of claims.entries()) {
        if (leases.length === 0) continue;
        await receiveResults(db.prisma, locs[i % 2].id, batch(leases.map((l) => result(l.monitorId, l.dueAt, true))), now);
      }
    }
    expect(new Set(handed).size).toBe(handed.length);
    // Every due time of every monitor on every location was handed out: 5 rounds (0 … 120 s) × 20 × 2.
    expect(handed.length).toBe(5 * monitors.length * locs.length);
  }, 120_000);
});
