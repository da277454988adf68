import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rollUpAndPurge } from "@/lib/monitor-runner/rollups";
import { placeMonitor } from "@/lib/monitors/placement";
import { responseTimesOfModel } from "@/lib/monitors/response-times";
import { createProbeLocation } from "@/lib/probes/locations";
import { receiveResults } from "@/lib/probes/receive-results";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { createComponent, createHttpMonitor, openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { loadPublicModel } from "./load";

// Results from two probe locations reach the public model as two series and a two-row breakdown, while the
// uptime it shows counts the quorum's outcomes only (one check per round, not one per location).

const ADMIN: Actor = { type: "system", id: null, label: "test admin" };
const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
let batches = 0;

async function location(prisma: PrismaClient, name: string) {
  const created = await createProbeLocation(prisma, ADMIN, { name }, T0);
  if (!created.ok) throw new Error(created.error.message);
  return created.data.location;
}

describe.each(DATABASE_KINDS)("per-location results in the public model on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    provideDatabase(db);
  }, 180_000); // migrating a fresh PGlite takes a minute on a loaded machine
  afterAll(() => dispose());

  it("two locations come out as two series and two rows; uptime counts one check per decided round", async () => {
    const prisma = db.prisma;
    const [eu, us] = [await location(prisma, "eu-west"), await location(prisma, "us-east")];
    const component = await createComponent(prisma, "Checkout API");
    const monitor = await createHttpMonitor(prisma, component.id, "http://127.0.0.1:9/health", {
      intervalSeconds: 30,
      nextCheckAt: T0,
      placement: "locations",
      quorum: 2,
      failureThreshold: 2,
      recoveryThreshold: 1,
    });
    await prisma.$transaction((tx) => placeMonitor(tx, monitor.id, "locations", [eu.id, us.id], T0));
    // Four rounds: eu-west answers in 20 ms every time; us-east in 90 ms, failing alone in the last two rounds,
    // which a quorum of 2 of 2 does not count as failures.
    for (const n of [0, 1, 2, 3]) {
      const dueAt = at(n * 30);
      for (const [loc, ok, ms] of [
        [eu, true, 20],
        [us, n < 2, 90],
      ] as const) {
        const result = { monitorId: monitor.id, dueAt, startedAt: new Date(dueAt.getTime() + 40), ok, degraded: null };
        const batch = {
          batchId: `loc-${kind}-${++batches}`,
          version: "test",
          results: [{ ...result, responseTimeMs: ok ? ms : null, statusCode: ok ? 200 : null, error: ok ? null : "timeout" }],
        };
        await receiveResults(prisma, loc.id, batch, at(n * 30 + 1));
      }
    }

    const now = at(150);
    await rollUpAndPurge(prisma, now, 30);
    const model = await loadPublicModel(now);
    const series = responseTimesOfModel(model, component.id, "24h", now)!;
    expect(series.locations.map((l) => l.location)).toEqual(["eu-west", "us-east"]);
    const hour = series.locations.map((l) => l.points.find((p) => p.start === "2026-03-02T10:00:00.000Z"));
    expect(hour.map((p) => [p?.checks, p?.failures, p?.p50Ms])).toEqual([
      [4, 0, 20],
      [4, 2, 90],
    ]);

    const page = statusPageOfModel(model, now);
    const view = page.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).find((c) => c.id === component.id);
    expect(view?.locations).toEqual([
      { name: "eu-west", ok: true, responseTimeMs: 20, offline: false },
      { name: "us-east", ok: false, responseTimeMs: null, offline: false },
    ]);

    // 8 results from the locations, 2 of them failed; the quorum decided 4 rounds, none failed.
    expect(await prisma.probeResult.count({ where: { monitorId: monitor.id } })).toBe(8);
    expect(model.last24hChecks[component.id]).toEqual({ checks: 4, failures: 0 });
    const daily = model.dailyChecks.filter((d) => d.componentId === component.id);
    expect(daily.map((d) => [d.checks, d.failures])).toEqual([[4, 0]]);
    expect(view?.uptimeWindows["24h"]).toBe(100);
  });
});
