import { describe, expect, it } from "vitest";
import { type MonitorCounters, nextComponentStatus, nextMonitorState } from "./next-monitor-state";

const t0 = new Date("2026-11-24T12:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const fresh: MonitorCounters = {
  state: "unknown",
  consecutiveFailures: 0,
  consecutiveSuccesses: 0,
  failureThreshold: 3,
  recoveryThreshold: 2,
  degradedThresholdMs: 1_000,
  firstFailureAt: null,
};

/** Runs checks through the state machine; returns each state and transition. */
function run(start: MonitorCounters, checks: { ok: boolean; ms?: number }[]) {
  let counters = start;
  return checks.map((check, i) => {
    const next = nextMonitorState(counters, { ok: check.ok, responseTimeMs: check.ms ?? 100, startedAt: at(i * 30) });
    counters = { ...counters, ...next };
    return next;
  });
}

describe("a monitor's state after each check", () => {
  it("the first good check turns an unknown monitor up without a transition", () => {
    expect(run(fresh, [{ ok: true }])[0]).toMatchObject({ state: "up", transition: null });
  });

  it("goes down on the third failure in a row, remembering the first failed check", () => {
    const steps = run({ ...fresh, state: "up" }, [{ ok: false }, { ok: false }, { ok: false }, { ok: false }]);
    expect(steps.map((s) => s.state)).toEqual(["up", "up", "down", "down"]);
    expect(steps.map((s) => s.transition)).toEqual([null, null, "down", null]);
    expect(steps[2].firstFailureAt).toEqual(at(0));
  });

  it("a good check in between resets the count of failures", () => {
    const steps = run({ ...fresh, state: "up" }, [{ ok: false }, { ok: false }, { ok: true }, { ok: false }, { ok: false }]);
    expect(steps.at(-1)).toMatchObject({ state: "up", consecutiveFailures: 2, firstFailureAt: at(90) });
  });

  it("returns up after the second good check in a row, not the first", () => {
    const down = { ...fresh, state: "down" as const, consecutiveFailures: 5, firstFailureAt: t0 };
    const steps = run(down, [{ ok: true }, { ok: true }]);
    expect(steps.map((s) => [s.state, s.transition])).toEqual([
      ["down", null],
      ["up", "recovered"],
    ]);
    expect(steps[1].firstFailureAt).toBeNull();
  });

  it("slow answers make it degraded, and a failure then takes it down", () => {
    const steps = run({ ...fresh, state: "up" }, [
      { ok: true, ms: 2_000 },
      { ok: true, ms: 2_000 },
      { ok: true, ms: 2_000 },
      { ok: false },
    ]);
    expect(steps.map((s) => s.transition)).toEqual([null, null, "degraded", "down"]);
  });

  it("a slow answer does not lift a down monitor to degraded", () => {
    const down = { ...fresh, state: "down" as const, consecutiveFailures: 3, firstFailureAt: t0 };
    expect(run(down, [{ ok: true, ms: 5_000 }])[0]).toMatchObject({ state: "down", transition: null });
  });
});

describe("the component status its monitors ask for", () => {
  it("any monitor down is a major outage, any degraded is degraded performance", () => {
    expect(nextComponentStatus({ status: "operational", manualStatus: false, monitorStates: ["up", "down"] })).toBe("major_outage");
    expect(nextComponentStatus({ status: "operational", manualStatus: false, monitorStates: ["degraded", "up"] })).toBe(
      "degraded_performance",
    );
  });

  it("recovers to operational only from what monitors set", () => {
    expect(nextComponentStatus({ status: "major_outage", manualStatus: false, monitorStates: ["up"] })).toBe("operational");
    expect(nextComponentStatus({ status: "partial_outage", manualStatus: false, monitorStates: ["up"] })).toBeNull();
  });

  it("an admin's manual status and maintenance win over monitors", () => {
    expect(nextComponentStatus({ status: "operational", manualStatus: true, monitorStates: ["down"] })).toBeNull();
    expect(nextComponentStatus({ status: "under_maintenance", manualStatus: false, monitorStates: ["down"] })).toBeNull();
  });
});
