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
  const zoned = new TZDate(instant.getTime(), timeZone);
  return `${pad(zoned.getFullYear(), 4)}-${pad(zoned.getMonth() + 1, 2)}-${pad(zoned.getDate(), 2)}`;
}

/** The `count` days ending with today in the time zone, oldest first. */
export function calendarDays(now: Date, count: number, timeZone: string): CalendarDay[] {
  const today = startOfDay(new TZDate(now.getTime(), timeZone));
  const days: CalendarDay[] = [];
  for (let back = count - 1; back >= 0; back--) {
    // Step by calendar days (not 24 h) from midnight so a 23- or 25-hour day keeps its true length.
    const start = addDays(today, -back);
    const end = addDays(today, -back + 1);
    days.push({ key: dayKey(start, timeZone), start: new Date(start.getTime()), end: new Date(end.getTime()) });
  }
  return days;
}
