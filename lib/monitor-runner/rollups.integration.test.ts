import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createProbeLocation } from "@/lib/probes/locations";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { createComponent, createHttpMonitor, openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { rollUpAndPurge, uptimePercent } from "./rollups";

const day = Date.parse("2026-11-23T00:00:00Z");
const now = new Date("2026-11-24T12:00:00Z");
const minute = (n: number) => new Date(day + n * 60_000);

/**
 * The scripted day: one check a minute. Hour 03 fails throughout, the first 15 minutes of hour 10 fail,
 * successful checks take 100 ms except in hour 05, where minute i takes i + 1 ms.
 */
function scriptedDay(monitorId: string) {
  return Array.from({ length: 1440 }, (_, n) => {
    const hour = Math.floor(n / 60);
    const ok = !(hour === 3 || (hour === 10 && n % 60 < 15));
    return {
      monitorId,
      dueAt: minute(n),
      startedAt: minute(n),
      ok,
      responseTimeMs: !ok ? 500 : hour === 5 ? (n % 60) + 1 : 100,
      error: ok ? null : "502 Bad Gateway",
    };
  });
}

describe.each(DATABASE_KINDS)("uptime rollups on %s", (kind) => {
  let prisma: PrismaClient;
  let dispose: () => Promise<void>;
  let monitorId: string;

  beforeAll(async () => {
    const opened = await openMigratedDatabase(kind);
    ({ dispose } = opened);
    prisma = opened.db.prisma;
    const component = await createComponent(prisma, "Backend API");
    monitorId = (await createHttpMonitor(prisma, component.id, "https://example.com/health")).id;
    await prisma.monitorCheck.createMany({ data: scriptedDay(monitorId) });
    await prisma.monitorCheck.create({
      data: { monitorId, dueAt: minute(-40 * 1440), startedAt: minute(-40 * 1440), ok: true, responseTimeMs: 100 },
    });
    expect(await rollUpAndPurge(prisma, now, 30)).toBe(true);
  });
  afterAll(() => dispose());

  const rollup = (granularity: "hour" | "day", periodStart: Date) =>
    prisma.monitorRollup.findUniqueOrThrow({
      where: { monitorId_granularity_periodStart: { monitorId, granularity, periodStart } },
    });

  it("sums each hour's checks and failures, with p50/p95 of the successful response times", async () => {
    expect(await rollup("hour", minute(3 * 60))).toMatchObject({ checks: 60, failures: 60, p50Ms: null, p95Ms: null });
    expect(await rollup("hour", minute(10 * 60))).toMatchObject({ checks: 60, failures: 15, p50Ms: 100, p95Ms: 100 });
    // 1..60 ms: p50 = 30.5 → 31, p95 = 1 + 0.95 × 59 + 1 = 57.05 → 57 (linear interpolation, as percentile_cont).
    expect(await rollup("hour", minute(5 * 60))).toMatchObject({ checks: 60, failures: 0, p50Ms: 31, p95Ms: 57 });
    expect(await prisma.monitorRollup.count({ where: { monitorId, granularity: "hour", periodStart: { gte: minute(0) } } })).toBe(24);
  });

  it("gives the day's uptime as computed by hand: 1365 of 1440 checks passed", async () => {
    const whole = await rollup("day", minute(0));
    expect(whole).toMatchObject({ checks: 1440, failures: 75, p50Ms: 100, p95Ms: 100 });
    expect(uptimePercent(whole.checks, whole.failures)).toBeCloseTo(94.7917, 4);
  });

  it("counts a late check on the next run, and purges raw checks past the retention", async () => {
    await prisma.monitorCheck.create({ data: { monitorId, dueAt: minute(1439), startedAt: minute(1439), ok: false, error: "late" } });
    await rollUpAndPurge(prisma, now, 30);
    expect(await rollup("hour", minute(23 * 60))).toMatchObject({ checks: 61, failures: 1 });
    expect(await rollup("day", minute(0))).toMatchObject({ checks: 1441, failures: 76 });
    expect(await prisma.monitorCheck.count({ where: { startedAt: { lt: minute(0) } } })).toBe(0);
    // The rollup of the purged day stays (kept a year).
    expect(await rollup("day", minute(-40 * 1440))).toMatchObject({ checks: 1, failures: 0 });
  });

  it("sums a location's raw results per hour, then purges those past the retention", async () => {
    const created = await createProbeLocation(prisma, { type: "system", id: null, label: "test" }, { name: "Frankfurt" }, now);
    if (!created.ok) throw new Error(created.error.message);
    const { location } = created.data;
    const result = (startedAt: Date, ok: boolean) => ({
      monitorId,
      locationId: location.id,
      dueAt: startedAt,
      startedAt,
      ok,
      responseTimeMs: 80,
    });
    await prisma.probeResult.createMany({
      data: [result(minute(-40 * 1440), true), result(minute(600), false), result(minute(601), true)],
    });
    await rollUpAndPurge(prisma, now, 30);
    const hour = await prisma.probeLocationRollup.findFirstOrThrow({ where: { locationId: location.id, periodStart: minute(600) } });
    expect(hour).toMatchObject({ checks: 2, failures: 1 });
    expect(await prisma.probeResult.count({ where: { locationId: location.id } })).toBe(2);
  });

  it("drops rollups older than a year", async () => {
    await rollUpAndPurge(prisma, new Date(day + 400 * 86_400_000), 30);
    expect(await prisma.monitorRollup.count({ where: { monitorId } })).toBe(0);
  });
});
