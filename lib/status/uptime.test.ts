import { describe, expect, it } from "vitest";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { calendarDays } from "@/lib/time/days";
import { computeDailyUptime, type StatusChangePoint, summarizeUptime } from "./uptime";

const now = new Date("2026-11-24T12:00:00Z");
const longAgo = new Date("2026-11-01T00:00:00Z");

function change(status: ComponentStatus, at: string): StatusChangePoint {
  return { status, changedAt: new Date(at) };
}

/** Three UTC days ending at noon on Nov 24; the component has existed since Nov 1. */
function threeDays(changes: StatusChangePoint[], startDate: Date = longAgo) {
  return computeDailyUptime({ changes, startDate, now, calendar: calendarDays(now, 3, "UTC") });
}

/** Nov 23, a full past day in UTC. */
function nov23(changes: StatusChangePoint[]) {
  const day = threeDays(changes)[1];
  expect(day.key).toBe("2026-11-23");
  return day;
}

describe("computeDailyUptime", () => {
  it("a fully operational day is 100% up and coloured operational", () => {
    const day = nov23([change("operational", "2026-11-01T00:00:00Z")]);
    expect(day.observedMinutes).toBe(1440);
    expect(day.weightedDowntimeMinutes).toBe(0);
    expect(day.uptimePercent).toBe(100);
    expect(day.level).toBe("operational");
  });

  it("a day with 33 minutes of major outage is 97.71% up and coloured critical", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("major_outage", "2026-11-23T14:00:00Z"),
      change("operational", "2026-11-23T14:33:00Z"),
    ]);
    expect(day.majorMinutes).toBe(33);
    expect(day.weightedDowntimeMinutes).toBe(33);
    expect(day.uptimePercent).toBeCloseTo(97.71, 2);
    expect(day.level).toBe("critical");
  });

  it("60 minutes of partial outage count as 18 weighted minutes and colour the day major", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("partial_outage", "2026-11-23T08:00:00Z"),
      change("operational", "2026-11-23T09:00:00Z"),
    ]);
    expect(day.partialMinutes).toBe(60);
    expect(day.weightedDowntimeMinutes).toBe(18);
    expect(day.uptimePercent).toBeCloseTo(98.75, 10);
    expect(day.level).toBe("major");
  });

  it("a day with only degraded performance is 100% up and coloured minor", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("degraded_performance", "2026-11-23T10:00:00Z"),
      change("operational", "2026-11-23T12:00:00Z"),
    ]);
    expect(day.degradedMinutes).toBe(120);
    expect(day.weightedDowntimeMinutes).toBe(0);
    expect(day.uptimePercent).toBe(100);
    expect(day.level).toBe("minor");
  });

  it("a maintenance window is not downtime and is left out of observed time", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("under_maintenance", "2026-11-23T02:00:00Z"),
      change("operational", "2026-11-23T04:00:00Z"),
    ]);
    expect(day.maintenanceMinutes).toBe(120);
    expect(day.observedMinutes).toBe(1320);
    expect(day.uptimePercent).toBe(100);
    expect(day.level).toBe("maintenance");
  });

  it("a day spent entirely under maintenance has no uptime figure but is coloured maintenance", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("under_maintenance", "2026-11-23T00:00:00Z"),
      change("operational", "2026-11-24T00:00:00Z"),
    ]);
    expect(day.observedMinutes).toBe(0);
    expect(day.uptimePercent).toBeNull();
    expect(day.level).toBe("maintenance");
  });

  it("an outage outranks maintenance on the same day", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("under_maintenance", "2026-11-23T02:00:00Z"),
      change("partial_outage", "2026-11-23T04:00:00Z"),
      change("operational", "2026-11-23T04:10:00Z"),
    ]);
    expect(day.weightedDowntimeMinutes).toBe(3);
    expect(day.level).toBe("major");
  });

  it("today is a partial day observed only up to now", () => {
    const today = threeDays([change("operational", "2026-11-01T00:00:00Z"), change("major_outage", "2026-11-24T11:00:00Z")])[2];
    expect(today.key).toBe("2026-11-24");
    expect(today.observedMinutes).toBe(720);
    expect(today.majorMinutes).toBe(60);
    expect(today.uptimePercent).toBeCloseTo((660 / 720) * 100, 10);
    expect(today.level).toBe("critical");
  });

  it("changes recorded after now are ignored", () => {
    const today = threeDays([change("operational", "2026-11-01T00:00:00Z"), change("major_outage", "2026-11-24T13:00:00Z")])[2];
    expect(today.majorMinutes).toBe(0);
    expect(today.uptimePercent).toBe(100);
  });

  it("a component started mid-day is observed only from its start, and days before it have no data", () => {
    const started = new Date("2026-11-23T18:00:00Z");
    const days = threeDays([change("operational", "2026-11-23T18:00:00Z")], started);
    expect(days[0]).toMatchObject({ key: "2026-11-22", observedMinutes: 0, uptimePercent: null, level: "no_data" });
    expect(days[1]).toMatchObject({ key: "2026-11-23", observedMinutes: 360, uptimePercent: 100, level: "operational" });
    expect(days[2].observedMinutes).toBe(720);
  });

  it("time before startDate is not observed even when an older change exists", () => {
    const started = new Date("2026-11-23T18:00:00Z");
    const day = threeDays([change("major_outage", "2026-11-20T00:00:00Z")], started)[1];
    expect(day.observedMinutes).toBe(360);
    expect(day.majorMinutes).toBe(360);
  });

  it("time before the first recorded change is not observed", () => {
    const day = nov23([change("operational", "2026-11-23T06:00:00Z")]);
    expect(day.observedMinutes).toBe(1080);
  });

  it("a component with no status history has no data on any day", () => {
    const days = threeDays([]);
    expect(days.map((day) => day.level)).toEqual(["no_data", "no_data", "no_data"]);
    expect(days.every((day) => day.uptimePercent === null)).toBe(true);
  });

  it("unsorted changes give the same days as sorted ones", () => {
    const sorted = [
      change("operational", "2026-11-01T00:00:00Z"),
      change("partial_outage", "2026-11-22T08:00:00Z"),
      change("major_outage", "2026-11-22T09:00:00Z"),
      change("operational", "2026-11-23T01:00:00Z"),
    ];
    const shuffled = [sorted[2], sorted[0], sorted[3], sorted[1]];
    expect(threeDays(shuffled)).toEqual(threeDays(sorted));
    expect(threeDays(shuffled)[1].majorMinutes).toBe(60);
  });

  it("a status that began before the window carries into the first day", () => {
    const first = threeDays([change("major_outage", "2026-11-20T00:00:00Z"), change("operational", "2026-11-22T06:00:00Z")])[0];
    expect(first.key).toBe("2026-11-22");
    expect(first.majorMinutes).toBe(360);
    expect(first.observedMinutes).toBe(1440);
    expect(first.uptimePercent).toBe(75);
  });

  it("the day America/New_York springs forward in March 2026 has 1380 observed minutes", () => {
    const days = computeDailyUptime({
      changes: [change("operational", "2026-03-01T00:00:00Z")],
      startDate: new Date("2026-03-01T00:00:00Z"),
      now: new Date("2026-03-09T15:00:00Z"),
      calendar: calendarDays(new Date("2026-03-09T15:00:00Z"), 2, "America/New_York"),
    });
    expect(days[0]).toMatchObject({ key: "2026-03-08", observedMinutes: 1380, uptimePercent: 100 });
  });

  it("counts fractional minutes exactly", () => {
    const day = nov23([
      change("operational", "2026-11-01T00:00:00Z"),
      change("major_outage", "2026-11-23T10:00:00Z"),
      change("operational", "2026-11-23T10:00:30Z"),
    ]);
    expect(day.majorMinutes).toBe(0.5);
    expect(day.level).toBe("major");
  });
});

describe("summarizeUptime", () => {
  it("weights each day by its observed minutes rather than averaging daily percentages", () => {
    const days = threeDays([
      change("operational", "2026-11-01T00:00:00Z"),
      change("major_outage", "2026-11-23T14:00:00Z"),
      change("operational", "2026-11-23T14:33:00Z"),
      change("major_outage", "2026-11-24T11:00:00Z"),
    ]);
    // 1440 + 1440 + 720 observed minutes; 33 + 60 weighted minutes down.
    expect(summarizeUptime(days)).toBeCloseTo(((3600 - 93) / 3600) * 100, 10);
  });

  it("ignores days without data", () => {
    const days = threeDays([change("operational", "2026-11-23T18:00:00Z")], new Date("2026-11-23T18:00:00Z"));
    expect(summarizeUptime(days)).toBe(100);
  });

  it("has no figure when nothing was observed", () => {
    expect(summarizeUptime(threeDays([]))).toBeNull();
    expect(summarizeUptime([])).toBeNull();
  });
});
