import { createFormatter, type DateTimeFormatOptions } from "next-intl";
import type { Locale } from "./locales";

// Dates, relative times, uptime and durations in the reader's language, through next-intl's formatter (Intl
// underneath). The clock is passed in, so a render and a test say the same thing for the same instant.

export type InstantStyle = "datetime" | "date" | "time" | "month";

// Status pages quote times on a 24-hour clock in every shipped language; the zone is named wherever a time is shown.
const STYLES: Record<InstantStyle, DateTimeFormatOptions> = {
  datetime: {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  },
  date: { month: "short", day: "numeric", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
  month: { month: "long", year: "numeric" },
};

const JUST_NOW_SECONDS = 45;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface ReaderFormat {
  locale: Locale;
  /** The zone times are shown in: the page's, or the reader's once their browser says it. */
  timeZone: string;
  /** The clock relative times are measured against. */
  now: Date;
}

export function readerFormatter({ locale, timeZone, now }: ReaderFormat) {
  const format = createFormatter({ locale, timeZone, now });
  const unit = (value: number, unit: "day" | "hour" | "minute" | "second") =>
    format.number(value, { style: "unit", unit, unitDisplay: "short" });
  return {
    instant(instant: Date, style: InstantStyle): string {
      return format.dateTime(instant, STYLES[style]);
    },

    /** "3 hours ago", "vor 3 Stunden"; "now" within 45 seconds either way, as a clock that ticks every 30 s can say. */
    relative(instant: Date): string {
      if (Math.abs(instant.getTime() - now.getTime()) < JUST_NOW_SECONDS * SECOND) {
        return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(0, "second");
      }
      return format.relativeTime(instant, now);
    },

    /** "100 %" for a perfect score, two decimals otherwise ("99,97 %"), as uptime is quoted. */
    uptimePercent(percent: number): string {
      const digits = percent === 100 ? 0 : 2;
      return format.number(percent / 100, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
    },

    /** "2 h 5 min" in the reader's units: the two largest units that are not zero. */
    duration(ms: number): string {
      const total = Math.max(0, ms);
      let parts: string[];
      if (total < MINUTE) parts = [unit(Math.floor(total / SECOND), "second")];
      else if (total < HOUR) parts = [unit(Math.floor(total / MINUTE), "minute")];
      else if (total < DAY) {
        const minutes = Math.floor((total % HOUR) / MINUTE);
        parts = [unit(Math.floor(total / HOUR), "hour"), ...(minutes > 0 ? [unit(minutes, "minute")] : [])];
      } else {
        const hours = Math.floor((total % DAY) / HOUR);
        parts = [unit(Math.floor(total / DAY), "day"), ...(hours > 0 ? [unit(hours, "hour")] : [])];
      }
      return format.list(parts, { type: "unit", style: "narrow" });
    },
  };
}

export type ReaderFormatter = ReturnType<typeof readerFormatter>;
