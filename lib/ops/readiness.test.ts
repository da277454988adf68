import { describe, expect, it } from "vitest";
import type { ReadinessSignals } from "@/lib/telemetry/readiness-signals";
import { assessReadiness, EXPECTED_JOBS, STARTUP_GRACE_MS } from "./readiness";

const now = new Date("2026-03-01T12:00:00Z");
const ago = (ms: number) => now.getTime() - ms;
const allTicked = (at: number) => Object.fromEntries(Object.keys(EXPECTED_JOBS).map((job) => [job, at]));
const healthySignals = (): ReadinessSignals => ({
  processStartedAt: ago(3_600_000),
  jobTicks: allTicked(ago(1_000)),
  snapshotFreshAt: ago(2_000),
});
const storeOk = { reachable: true as const, pendingMigrations: [] };
const failing = (r: ReturnType<typeof assessReadiness>) => r.checks.filter((c) => !c.ok).map((c) => c.name);

describe("assessReadiness", () => {
  it("is ready when the store answers, migrations are applied, jobs ticked and the snapshot is fresh", () => {
    const result = assessReadiness({ store: storeOk, signals: healthySignals(), now });
    expect(result.ready).toBe(true);
    expect(result.checks.map((c) => c.name)).toEqual([
      "store",
      "migrations",
      "job:maintenance scheduler",
      "job:monitor scheduler",
      "job:notification worker",
      "job:upstream poller",
      "snapshot",
    ]);
  });

  it("names an unreachable store", () => {
    const result = assessReadiness({ store: { reachable: false, error: "connect ECONNREFUSED" }, signals: healthySignals(), now });
    expect(result.ready).toBe(false);
    expect(result.checks[0]).toEqual({ name: "store", ok: false, detail: "unreachable: connect ECONNREFUSED" });
  });

  it("names pending migrations", () => {
    const store = { reachable: true as const, pendingMigrations: ["20270101000000_next"] };
    const result = assessReadiness({ store, signals: healthySignals(), now });
    expect(failing(result)).toEqual(["migrations"]);
    expect(result.checks[1].detail).toBe("1 pending: 20270101000000_next");
  });

  it("names a job whose last tick is too old, and a stale snapshot", () => {
    const signals = healthySignals();
    signals.jobTicks["notification worker"] = ago(EXPECTED_JOBS["notification worker"] + 1_000);
    signals.snapshotFreshAt = ago(10 * 60_000);
    expect(failing(assessReadiness({ store: storeOk, signals, now }))).toEqual(["job:notification worker", "snapshot"]);
  });

  it("treats a job or snapshot that never reported as starting during the grace period after start", () => {
    const signals: ReadinessSignals = { processStartedAt: ago(STARTUP_GRACE_MS - 1_000), jobTicks: {}, snapshotFreshAt: null };
    const result = assessReadiness({ store: storeOk, signals, now });
    expect(result.ready).toBe(true);
    expect(result.checks.find((c) => c.name === "snapshot")?.detail).toBe("starting: not fresh yet");
  });

  it("fails a job that never reported once the grace period is over", () => {
    const signals = { ...healthySignals(), processStartedAt: ago(STARTUP_GRACE_MS + 1_000) };
    delete signals.jobTicks["monitor scheduler"];
    const result = assessReadiness({ store: storeOk, signals, now });
    expect(failing(result)).toEqual(["job:monitor scheduler"]);
    expect(result.checks.find((c) => c.name === "job:monitor scheduler")?.detail).toMatch(/^never ticked since start/);
  });
});
