import type { DayLevel } from "@/lib/status/uptime";
import { formatInstant } from "@/lib/time/format";

// The days of one uptime bar as they travel to the browser. Every prop of a client component is inlined into the
// page's RSC payload, and 90 day objects per component made up half of `/`; most days are quiet, so they go as one
// digit each and only the others carry their uptime and incidents.

const LEVELS: readonly DayLevel[] = ["no_data", "operational", "maintenance", "minor", "major", "critical"];

export interface UptimeBarDay {
  date: string; // "Mar 3, 2026" ("3. März 2026" in German), the calendar day in the page's time zone
  level: DayLevel;
  uptimePercent: number | null;
  incidents: string[];
}

export interface CompactUptimeDays {
  /** The oldest day, "YYYY-MM-DD" in the page's time zone; day i is i calendar days later. */
  firstDay: string;
  /** One digit per day, oldest first: the day's index in LEVELS. */
  levels: string;
  /**
   * Days whose uptime is not the usual one (100 %, none without data) or that had incidents: [index, uptime, names],
   * the names left out when there are none. Uptime to 4 decimals: the tooltip shows 2, and at 200 components the
   * full doubles ("99.65277777777779") were a third of the status page.
   */
  notable: ([number, number | null] | [number, number | null, string[]])[];
}

interface DayInput {
  key: string;
  level: DayLevel;
  uptimePercent: number | null;
  incidents: readonly { name: string }[];
}

function usualUptime(level: DayLevel): number | null {
  return level === "no_data" ? null : 100;
}

/** `days` are consecutive calendar days, oldest first, as `calendarDays` makes them. */
export function compactUptimeDays(days: readonly DayInput[]): CompactUptimeDays {
  const notable: CompactUptimeDays["notable"] = [];
  days.forEach((day, index) => {
    if (day.uptimePercent !== usualUptime(day.level) || day.incidents.length > 0) {
      const uptime = day.uptimePercent === null ? null : Number(day.uptimePercent.toFixed(4));
      notable.push(day.incidents.length > 0 ? [index, uptime, day.incidents.map((incident) => incident.name)] : [index, uptime]);
    }
  });
  return {
    firstDay: days[0]?.key ?? "",
    levels: days.map((day) => LEVELS.indexOf(day.level)).join(""),
    notable,
  };
}

export function uptimeBarLevels({ levels }: CompactUptimeDays): DayLevel[] {
  return [...levels].map((digit) => LEVELS[Number(digit)]);
}

/** Where day `index` of `total` begins along the bars, in percent (4 decimals are finer than a pixel). */
const at = (index: number, total: number) => `${Number(((index * 100) / total).toFixed(4))}%`;

/**
 * The bars as one CSS gradient, oldest day first: a colour stop per run of days at the same level, so a quiet
 * component is one stop rather than 90 elements. Colours and direction are CSS variables (`.uptime-days` in
 * app/globals.css: dark mode, right to left); a mask there cuts it into one bar a day.
 */
export function uptimeBarsGradient({ levels }: CompactUptimeDays): string {
  const stops: string[] = [];
  for (let start = 0, end = 1; start < levels.length; end++) {
    if (end < levels.length && levels[end] === levels[start]) continue;
    stops.push(`var(--uptime-${LEVELS[Number(levels[start])]}) ${at(start, levels.length)} ${at(end, levels.length)}`);
    start = end;
  }
  return stops.length === 0 ? "none" : `linear-gradient(var(--uptime-towards), ${stops.join(", ")})`;
}

/** One day in full, made only for the day a reader points at (formatting 90 dates per bar would slow the render). */
export function uptimeBarDay({ firstDay, levels, notable }: CompactUptimeDays, index: number, locale = "en"): UptimeBarDay {
  const [year, month, day] = firstDay.split("-").map(Number);
  const level = LEVELS[Number(levels[index])];
  const details = notable.find(([notableIndex]) => notableIndex === index);
  return {
    // A calendar date is zone-free: count days on the UTC calendar and print it there.
    date: formatInstant(new Date(Date.UTC(year, month - 1, day + index)), "date", "UTC", locale),
    level,
    uptimePercent: details ? details[1] : usualUptime(level),
    incidents: details?.[2] ?? [],
  };
}
