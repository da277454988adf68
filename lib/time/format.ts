// Formatting of instants for people; pure, so the server and the browser render alike.

export type InstantStyle = "datetime" | "date" | "time" | "month";

const OPTIONS: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  datetime: { month: "short", day: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  date: { month: "short", day: "numeric", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  month: { month: "long", year: "numeric" },
};

// Making a formatter costs far more than using one (milliseconds each on a throttled phone, where a page formats
// dozens of times at once), so one is kept per style, zone and language.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `locale`: the reader's language (lib/i18n), the <html lang> of the page; English by default (the console). */
export function formatInstant(instant: Date, style: InstantStyle, timeZone: string, locale = "en-US"): string {
  const key = `${style} ${timeZone} ${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const withZone = style === "datetime" || style === "time";
    formatter = new Intl.DateTimeFormat(locale === "en" ? "en-US" : locale, {
      ...OPTIONS[style],
      timeZone,
      ...(withZone ? { timeZoneName: "short" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "2 hours ago", "in 3 days", "just now". */
export function formatRelative(instant: Date, now: Date, locale = "en"): string {
  const seconds = Math.round((instant.getTime() - now.getTime()) / 1000);
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })));
  if (Math.abs(seconds) < 45) return locale.startsWith("en") ? "just now" : format.format(0, "second");
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}
