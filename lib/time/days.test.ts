import { describe, expect, it } from "vitest";
import { calendarDays, dayKey } from "./days";

const HOUR = 3_600_000;

describe("dayKey", () => {
  it("names the same instant as different days in Pacific/Auckland and America/Los_Angeles", () => {
    const instant = new Date("2026-06-15T20:00:00Z");
    expect(dayKey(instant, "Pacific/Auckland")).toBe("2026-06-16");
    expect(dayKey(instant, "America/Los_Angeles")).toBe("2026-06-15");
  });

  it("names the UTC date in UTC", () => {
    expect(dayKey(new Date("2026-01-01T00:00:00Z"), "UTC")).toBe("2026-01-01");
    expect(dayKey(new Date("2025-12-31T23:59:59.999Z"), "UTC")).toBe("2025-12-31");
  });
});

describe("calendarDays", () => {
  it("returns count days ending with today, oldest first", () => {
    const days = calendarDays(new Date("2026-11-24T12:00:00Z"), 3, "UTC");
    expect(days.map((day) => day.key)).toEqual(["2026-11-22", "2026-11-23", "2026-11-24"]);
  });

  it("returns no days for a count of zero", () => {
    expect(calendarDays(new Date("2026-11-24T12:00:00Z"), 0, "UTC")).toEqual([]);
  });

  it("starts each day at local midnight and ends where the next one starts", () => {
    const days = calendarDays(new Date("2026-11-24T12:00:00Z"), 2, "Asia/Tokyo");
    expect(days[0].start.toISOString()).toBe("2026-11-22T15:00:00.000Z");
    expect(days[0].end.toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(days[1].start).toEqual(days[0].end);
    expect(days[1].key).toBe("2026-11-24");
  });

  it("takes today from the time zone, not from UTC", () => {
    const now = new Date("2026-06-15T20:00:00Z");
    expect(calendarDays(now, 1, "Pacific/Auckland")[0].key).toBe("2026-06-16");
    expect(calendarDays(now, 1, "America/Los_Angeles")[0].key).toBe("2026-06-15");
  });

  it("a day in America/New_York across the March 2026 DST change is 23 hours long", () => {
    const days = calendarDays(new Date("2026-03-09T15:00:00Z"), 3, "America/New_York");
    expect(days.map((day) => day.key)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    const lengths = days.map((day) => (day.end.getTime() - day.start.getTime()) / HOUR);
    expect(lengths).toEqual([24, 23, 24]);
    expect(days[1].start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(days[1].end.toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });

  it("a day in America/New_York at the November 2026 DST change is 25 hours long", () => {
    const [day] = calendarDays(new Date("2026-11-01T20:00:00Z"), 1, "America/New_York");
    expect(day.key).toBe("2026-11-01");
    expect((day.end.getTime() - day.start.getTime()) / HOUR).toBe(25);
  });

  it("returns plain Date instants", () => {
    const [day] = calendarDays(new Date("2026-11-24T12:00:00Z"), 1, "Europe/Berlin");
    expect(day.start.constructor).toBe(Date);
    expect(day.end.constructor).toBe(Date);
  });
});
