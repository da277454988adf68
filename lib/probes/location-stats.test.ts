import { describe, expect, it } from "vitest";
import { locationStats } from "./location-stats";

const at = (s: number) => new Date(Date.UTC(2026, 10, 24, 12, 0, s));

describe("per-location figures of a monitor", () => {
  it("counts each location's checks and failures, its uptime, p50/p95 and last result; a silent location still has a row", () => {
    const stats = locationStats(
      [
        { locationId: "eu", startedAt: at(0), ok: true, responseTimeMs: 100, error: null },
        { locationId: "eu", startedAt: at(30), ok: false, responseTimeMs: null, error: "ECONNREFUSED" },
        { locationId: "eu", startedAt: at(60), ok: true, responseTimeMs: 300, error: null },
        { locationId: "us", startedAt: at(0), ok: true, responseTimeMs: 50, error: null },
      ],
      ["eu", "us", "ap"],
    );
    expect(stats).toEqual([
      {
        locationId: "eu",
        checks: 3,
        failed: 1,
        uptimePercent: 66.7,
        p50Ms: 100,
        p95Ms: 300,
        last: { startedAt: at(60), ok: true, error: null },
      },
      {
        locationId: "us",
        checks: 1,
        failed: 0,
        uptimePercent: 100,
        p50Ms: 50,
        p95Ms: 50,
        last: { startedAt: at(0), ok: true, error: null },
      },
      { locationId: "ap", checks: 0, failed: 0, uptimePercent: null, p50Ms: null, p95Ms: null, last: null },
    ]);
  });
});
