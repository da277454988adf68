import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { Database } from "@/lib/db/database";
import { placeMonitor } from "@/lib/monitors/placement";
import { createComponent, createHttpMonitor, openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { startProbeApiServer } from "@/lib/testing/probe-api-server";
import {
  loopbackLocations,
  namespaceLocations,
  namespacesAvailable,
  type TestLocation,
  type TestLocations,
} from "@/lib/testing/probe-namespaces";
import { createProbeLocation } from "./locations";
import { createProbeRoundsJob } from "./probe-rounds-job";

// Three real probes, three places, one target: the quorum decides. Runs on Postgres (the deployment that has probes).
const ADMIN: Actor = { type: "system", id: null, label: "test admin" };
const NAMES = ["ns-eu", "ns-us", "ns-ap"];
// BEACON_TEST_PROBES_LOOPBACK=true runs the fallback on purpose (how it is tested on a root machine).
const available =
  process.env.BEACON_TEST_PROBES_LOOPBACK === "true" ? { ok: false as const, reason: "loopback asked for" } : namespacesAvailable();
if (!available.ok) {
  console.warn(`[probes test] network namespaces unavailable (${available.reason}): using loopback locations with an injected failure`);
}

async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe(`three probes in ${available.ok ? "three network namespaces" : "loopback locations (no namespaces: injected failure)"}`, () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let locations: TestLocations;
  let probes: TestLocation[];
  let target: http.Server;
  let monitorId: string;
  let componentId: string;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase("postgres"));
    locations = available.ok ? namespaceLocations(NAMES) : loopbackLocations(NAMES);
    target = http.createServer((_, res) => res.writeHead(200).end("ok"));
    await new Promise<void>((resolve) => target.listen(0, locations.targetHost, resolve));
    const api = await startProbeApiServer(db.prisma, locations.apiHost);
    stops.push(() => api.close());
    const rounds = createProbeRoundsJob({ prisma: async () => db.prisma, offlineAfterMs: 8_000, tickMs: 500, log: () => undefined });
    rounds.start();
    stops.push(() => rounds.stop());

    const tokens: string[] = [];
    for (const name of NAMES) {
      const created = await createProbeLocation(db.prisma, ADMIN, { name });
      if (!created.ok) throw new Error(created.error.message);
      tokens.push(created.data.token);
    }
    const component = await createComponent(db.prisma, "Checkout API");
    componentId = component.id;
    const url = `http://${locations.targetHost}:${(target.address() as AddressInfo).port}/health`;
    const monitor = await createHttpMonitor(db.prisma, component.id, url, {
      intervalSeconds: 10,
      timeoutMs: 2_000,
      failureThreshold: 1,
      recoveryThreshold: 1,
      placement: "all",
      nextCheckAt: new Date(Date.now() + 3_000),
    });
    monitorId = monitor.id;
    await db.prisma.$transaction((tx) => placeMonitor(tx, monitor.id, "all", [], monitor.nextCheckAt));
    probes = await locations.start(Number(new URL(api.url).port), tokens);
  }, 60_000);

  afterAll(async () => {
    await locations?.dispose();
    for (const stop of stops.reverse()) await stop();
    target?.close();
    await dispose?.();
  });

  const decidedRounds = () => db.prisma.monitorCheck.findMany({ where: { monitorId }, orderBy: { dueAt: "asc" } });

  it("one location losing the target is outvoted: no outage, no incident", async () => {
    probes[0].setReachable(false);
    const rounds = await until("two rounds decided with three locations", async () => {
      const checks = await decidedRounds();
      return checks.length >= 2 && checks;
    });
    expect(rounds.every((c) => c.ok)).toBe(true);
    const failures = await db.prisma.probeResult.findMany({ where: { monitorId, ok: false }, include: { location: true } });
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((f) => f.location.name))).toEqual(new Set(["ns-eu"]));
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } })).state).toBe("up");
    expect(await db.prisma.incidentComponent.count({ where: { componentId } })).toBe(0);
  }, 60_000);

  it("two locations losing it open the outage and an incident naming them", async () => {
    probes[1].setReachable(false);
    const incident = await until("the automatic incident", () =>
      db.prisma.incident.findFirst({ where: { components: { some: { componentId } } } }),
    );
    expect(incident.name).toMatch(/^Checkout API is failing health checks: failing from ns-eu, ns-us \(2 of 3\)/);
    expect((await db.prisma.component.findUniqueOrThrow({ where: { id: componentId } })).status).toBe("major_outage");
  }, 60_000);

  it("a killed probe shows offline and is not counted: the two left decide, and the monitor recovers", async () => {
    await probes[2].kill();
    const ap = await until("ns-ap offline", async () => {
      const row = await db.prisma.probeLocation.findUniqueOrThrow({ where: { name: "ns-ap" } });
      return row.offlineSince && row;
    });
    expect(await db.prisma.auditLog.count({ where: { action: "probe_location.offline", entityId: ap.id } })).toBe(1);
    probes[0].setReachable(true);
    probes[1].setReachable(true);
    const recovered = await until("a passing round after the kill", async () => {
      const checks = await db.prisma.monitorCheck.findMany({ where: { monitorId, ok: true, dueAt: { gt: ap.offlineSince! } } });
      return checks.length > 0 && checks;
    });
    expect(recovered.length).toBeGreaterThan(0);
    // No round after ap went silent failed because of it.
    const afterKill = await db.prisma.monitorCheck.findMany({ where: { monitorId, dueAt: { gt: ap.lastContactAt! } } });
    expect(afterKill.every((c) => !(c.error ?? "").includes("ns-ap"))).toBe(true);
    expect((await db.prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } })).state).toBe("up");
  }, 60_000);
});
