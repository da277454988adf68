import { TZDate } from "@date-fns/tz";

// What an <input type="datetime-local"> holds ("2026-11-24T22:00", no zone) to and from instants in a time zone.
// Pure, so the browser converts with the viewer's zone and the tests pin one.

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, "0");

/** The instant as a datetime-local value in `timeZone`, to the minute. */
export function toDatetimeLocal(instant: Date, timeZone: string): string {
  const z = new TZDate(instant.getTime(), timeZone);
  return `${pad(z.getFullYear(), 4)}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

/**
 * A datetime-local value read in `timeZone`, as ISO 8601 with that zone's offset ("2026-11-24T22:00:00+01:00");
 * "" when the value is empty or malformed. A time skipped by a DST change moves forward, as clocks do.
 */
export function fromDatetimeLocal(local: string, timeZone: string): string {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return "";
  const [year, month, day, hours, minutes, seconds = "0"] = match.slice(1).map((part) => part ?? "0");
  const z = new TZDate(+year, +month - 1, +day, +hours, +minutes, +seconds, timeZone);
  if (Number.isNaN(z.getTime())) return "";
  const offset = -z.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  return (
    `${pad(z.getFullYear(), 4)}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}:${pad(z.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
