import { describe, expect, it } from "vitest";
import type { DayLevel } from "@/lib/status/uptime";
import { calendarDays } from "@/lib/time/days";
import { formatInstant } from "@/lib/time/format";
import { compactUptimeDays, uptimeBarDay, uptimeBarLevels, uptimeBarsGradient } from "./uptime-bar-days";

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
          uptimePercent: day.uptimePercent === null ? null : Number(day.uptimePercent.toFixed(4)),
          incidents: day.incidents.map((incident) => incident.name),
        });
      });
    }
  });

  it("paints the days oldest first, one colour stop per run of days at the same level", () => {
    const gradient = uptimeBarsGradient(compactUptimeDays(demoDays("UTC")));
    expect(gradient).toBe(
      "linear-gradient(var(--uptime-towards), " +
        [
          "var(--uptime-no_data) 0% 11.1111%", // days 0-9
          "var(--uptime-operational) 11.1111% 55.5556%", // 10-49
          "var(--uptime-maintenance) 55.5556% 56.6667%", // 50
          "var(--uptime-operational) 56.6667% 96.6667%", // 51-86
          "var(--uptime-critical) 96.6667% 97.7778%", // 87
          "var(--uptime-operational) 97.7778% 100%", // 88-89
        ].join(", ") +
        ")",
    );
  });

  it("paints a quiet component as one stop, and nothing for a bar without days", () => {
    const quiet = demoDays("UTC").map((day) => ({ ...day, level: "operational" as DayLevel, uptimePercent: 100, incidents: [] }));
    expect(uptimeBarsGradient(compactUptimeDays(quiet))).toBe("linear-gradient(var(--uptime-towards), var(--uptime-operational) 0% 100%)");
    expect(uptimeBarsGradient(compactUptimeDays([]))).toBe("none");
  });

  it("carries only the days that are not quiet: an outage, an imperfect operational day", () => {
    const compact = compactUptimeDays(demoDays("Europe/London"));
    expect(compact.levels).toHaveLength(90);
    expect(compact.notable).toEqual([
      [60, 99.95],
      [87, 97.7083, [OUTAGE.name]], // 4 decimals: the tooltip shows 2
    ]);
  });

  it("keeps a day with data but no observed uptime (maintenance all day) apart from a quiet one", () => {
    const days = demoDays("UTC");
    days[50] = { ...days[50], uptimePercent: null };
    expect(uptimeBarDay(compactUptimeDays(days), 50)).toMatchObject({ level: "maintenance", uptimePercent: null });
  });
});
