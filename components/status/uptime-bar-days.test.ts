import { describe, expect, it } from "vitest";
import type { DayLevel } from "@/lib/status/uptime";
import { calendarDays } from "@/lib/time/days";
import { formatInstant } from "@/lib/time/format";
import { compactUptimeDays, uptimeBarDay, uptimeBarLevels, uptimeBarsMarkup } from "./uptime-bar-days";

const OUTAGE = { name: "Backend API and MCP server returning 502 errors" };

function demoDays(timeZone: string, now = new Date("2026-11-24T15:00:00Z")) {
  return calendarDays(now, 90, timeZone).map(({ key, start }, index) => {
    const level: DayLevel = index < 10 ? "no_data" : index === 87 ? "critical" : index === 50 ? "maintenance" : "operational";
    const uptimePercent = level === "no_data" ? null : index === 87 ? 97.70833333333333 : index === 60 ? 99.95 : 100;
    return { key, start, level, uptimePercent, incidents: index === 87 ? [OUTAGE] : [] };
  });
}

describe("the uptime bar's days sent to the browser", () => {
  it("gives back every day's date, level, uptime and incidents as the page computed them", () => {
    for (const timeZone of ["UTC", "America/New_York", "Pacific/Auckland", "America/Santiago", "Asia/Kolkata"]) {
      const days = demoDays(timeZone);
      const compact = compactUptimeDays(days);
      expect(uptimeBarLevels(compact)).toEqual(days.map((day) => day.level));
      days.forEach((day, index) => {
        expect(uptimeBarDay(compact, index)).toEqual({
          date: formatInstant(day.start, "date", timeZone),
          level: day.level,
          uptimePercent: day.uptimePercent,
          incidents: day.incidents.map((incident) => incident.name),
        });
      });
    }
  });

  it("writes one bar a day, oldest first, coloured by its level", () => {
    const days = demoDays("UTC");
    const bars = [...uptimeBarsMarkup(compactUptimeDays(days)).matchAll(/<div data-level="([a-z_]+)"><\/div>/g)];
    expect(bars.map(([, level]) => level)).toEqual(days.map((day) => day.level));
    expect(bars.map(([markup]) => markup).join("")).toBe(uptimeBarsMarkup(compactUptimeDays(days)));
  });

  it("carries only the days that are not quiet: an outage, an imperfect operational day", () => {
    const compact = compactUptimeDays(demoDays("Europe/London"));
    expect(compact.levels).toHaveLength(90);
    expect(compact.notable).toEqual([
      [60, 99.95, []],
      [87, 97.70833333333333, [OUTAGE.name]],
    ]);
  });

  it("keeps a day with data but no observed uptime (maintenance all day) apart from a quiet one", () => {
    const days = demoDays("UTC");
    days[50] = { ...days[50], uptimePercent: null };
    expect(uptimeBarDay(compactUptimeDays(days), 50)).toMatchObject({ level: "maintenance", uptimePercent: null });
  });
});
