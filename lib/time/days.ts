import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

// Calendar days as the page's time zone sees them, so uptime bars match the viewer's dates across DST.

export interface CalendarDay {
  /** "YYYY-MM-DD" in the time zone. */
  key: string;
  /** Inclusive. */
  start: Date;
  /** Exclusive. */
  end: Date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The calendar date of an instant in a time zone, as "YYYY-MM-DD". */
export function dayKey(instant: Date, timeZone: string): string {
  return zonedKey(new TZDate(instant.getTime(), timeZone));
}

function zonedKey(zoned: TZDate): string {
  return `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1, 2)}-${pad(zoned.getDate(), 2)}`;
}

/** The `count` days ending with today in the time zone, oldest first. */
export function calendarDays(now: Date, count: number, timeZone: string): CalendarDay[] {
  const today = startOfDay(new TZDate(now.getTime(), timeZone));
  // Step by calendar days (not 24 h) from midnight so a 23- or 25-hour day keeps its true length; each day ends
  // where the next begins (zoned date maths is slow: the status page asks for hundreds of days per render).
  const starts = Array.from({ length: count + 1 }, (_, index) => addDays(today, index - count + 1));
  return starts.slice(0, count).map((start, index) => ({
    key: zonedKey(start),
    start: new Date(start.getTime()),
    end: new Date(starts[index + 1].getTime()),
  }));
}
