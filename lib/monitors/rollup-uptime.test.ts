import { describe, expect, it } from "vitest";
import { computeDailyUptime, summarizeUptime } from "@/lib/status/uptime";
import { calendarDays, dayKey } from "@/lib/time/days";
import { checksUptimePercent, mergeMonitorDays, totalsByPageDay } from "./rollup-uptime";

const now = new Date("2026-11-24T12:00:00Z");
const history = () =>
  computeDailyUptime({
    changes: [{ status: "operational", changedAt: new Date("2026-11-01T00:00:00Z") }],
    startDate: new Date("2026-11-01T00:00:00Z"),
    now,
    calendar: calendarDays(now, 3, "UTC"),
  });

describe("uptime from monitor checks", () => {
  it("is the share of checks that passed, and null without checks", () => {
    expect(checksUptimePercent({ checks: 2880, failures: 144 })).toBe(95);
    expect(checksUptimePercent({ checks: 0, failures: 0 })).toBeNull();
  });

  it("a day with 2880 checks and 144 failures shows 95% uptime and is critical (72 minutes down)", () => {
    const [, nov23] = mergeMonitorDays(history(), new Map([["2026-11-23", { checks: 2880, failures: 144 }]]), now);
    expect(nov23).toMatchObject({ key: "2026-11-23", uptimePercent: 95, weightedDowntimeMinutes: 72, level: "critical" });
  });

  it("a single failed check in a day is a minor blip, not an outage", () => {
    const [, nov23] = mergeMonitorDays(history(), new Map([["2026-11-23", { checks: 2880, failures: 1 }]]), now);
    expect(nov23.level).toBe("minor");
  });

  it("days without checks keep the status history; the summary weighs both by observed time", () => {
    const days = mergeMonitorDays(history(), new Map([["2026-11-24", { checks: 1440, failures: 72 }]]), now);
    expect(days[0].uptimePercent).toBe(100);
    expect(days[2]).toMatchObject({ observedMinutes: 720, uptimePercent: 95 });
    // 2 × 1440 + 720 observed minutes, 36 of them down.
    expect(summarizeUptime(days)).toBeCloseTo(((3600 - 36) / 3600) * 100, 10);
  });

  it("puts a UTC-day rollup on the page day holding most of it", () => {
    const rows = [{ periodStart: new Date("2026-11-23T00:00:00Z"), checks: 10, failures: 1 }];
    expect([...totalsByPageDay(rows, (d) => dayKey(d, "America/New_York")).keys()]).toEqual(["2026-11-23"]);
    expect([...totalsByPageDay(rows, (d) => dayKey(d, "Pacific/Kiritimati")).keys()]).toEqual(["2026-11-24"]);
  });
});
