import { TZDate } from "@date-fns/tz";
import * as rrulePackage from "rrule";

// Recurring maintenance: an RRULE (RFC 5545, the `rrule` package) read in the page's time zone, so "every Sunday at
// 02:00" stays at 02:00 local time across DST changes. Pure and without server-only: the admin form's live preview
// runs it in the browser, the scheduler on the server.

// rrule ships CommonJS to Node and ESM to bundlers; Node's ESM loader sees only its default export.
const { RRule } = ((rrulePackage as { default?: typeof rrulePackage }).default ?? rrulePackage) as typeof rrulePackage;

/** Rules that repeat more often than daily would flood the page and subscribers with occurrences. */
const ALLOWED_FREQUENCIES = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);
export const RECURRENCE_MAX_CHARS = 500;
export const RECURRENCE_EXAMPLE = "FREQ=WEEKLY;BYDAY=SU";

export interface Recurrence {
  /** The RRULE's value, normalised, without the "RRULE:" prefix: FREQ=WEEKLY;BYDAY=SU. */
  rule: string;
  /** The first occurrence's start; later ones keep its local time of day in `timeZone`. */
  firstStart: Date;
  durationMs: number;
  timeZone: string;
}

export type ParsedRule = { ok: true; rule: string; text: string } | { ok: false; error: string };

/** Reads an RRULE as an admin types it ("FREQ=WEEKLY;BYDAY=SU" or "RRULE:FREQ=…"); DTSTART and TZID come from the window. */
export function parseRecurrenceRule(input: string): ParsedRule {
  const text = input.trim().replace(/^RRULE:/i, "");
  const invalid = (why: string): ParsedRule => ({ ok: false, error: `recurrence ${why}, e.g. ${RECURRENCE_EXAMPLE}` });
  if (text.length === 0) return invalid("is empty");
  if (text.length > RECURRENCE_MAX_CHARS) return invalid(`must be at most ${RECURRENCE_MAX_CHARS} characters`);
  if (/DTSTART|TZID|[\r\n]/i.test(text)) return invalid("takes its start and time zone from the window: give only the RRULE");
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    return invalid(`is not a valid RRULE (${(error as Error).message})`);
  }
  if (options.freq === undefined) return invalid("needs FREQ");
  if (!ALLOWED_FREQUENCIES.has(options.freq)) return invalid("must repeat DAILY, WEEKLY, MONTHLY or YEARLY");
  try {
    const rrule = new RRule(options);
    return { ok: true, rule: rrule.toString().replace(/^RRULE:/, ""), text: rrule.toText() };
  } catch (error) {
    return invalid(`is not a valid RRULE (${(error as Error).message})`);
  }
}

/** The instant as a "floating" date whose UTC fields are its wall-clock time in `timeZone` (how rrule counts). */
export function toFloating(instant: Date, timeZone: string): Date {
  const z = new TZDate(instant.getTime(), timeZone);
  return new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()));
}

/** A floating date back to the instant it names in `timeZone`; a wall time skipped by DST moves forward, as clocks do. */
function fromFloating(floating: Date, timeZone: string): Date {
  const f = floating;
  const z = new TZDate(
    f.getUTCFullYear(),
    f.getUTCMonth(),
    f.getUTCDate(),
    f.getUTCHours(),
    f.getUTCMinutes(),
    f.getUTCSeconds(),
    timeZone,
  );
  return new Date(z.getTime());
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The starts of the occurrences after `after` and no later than `until`, at most `limit` of them, oldest first.
 * The first occurrence (`firstStart`) counts too when it falls in the range.
 */
export function occurrenceStarts(recurrence: Recurrence, after: Date, until: Date, limit: number): Date[] {
  const { rule, firstStart, timeZone } = recurrence;
  const rrule = new RRule({ ...RRule.parseString(rule), dtstart: toFloating(firstStart, timeZone) });
  // Floating dates are off from instants by the zone's offset: look a day wider, then filter on real instants.
  const from = new Date(toFloating(after, timeZone).getTime() - DAY_MS);
  const to = new Date(toFloating(until, timeZone).getTime() + DAY_MS);
  const starts: Date[] = [];
  rrule.between(from, to, true, (floating) => {
    const start = fromFloating(floating, timeZone);
    if (start > after && start <= until) starts.push(start);
    return starts.length < limit;
  });
  return starts;
}

/** The next `count` occurrences from the first one on (the preview in the admin form). */
export function firstOccurrences(recurrence: Recurrence, count: number): { start: Date; end: Date }[] {
  const before = new Date(recurrence.firstStart.getTime() - 1);
  const farEnough = new Date(recurrence.firstStart.getTime() + 20 * 366 * DAY_MS); // yearly rules: 20 of them
  return occurrenceStarts(recurrence, before, farEnough, count).map((start) => ({
    start,
    end: new Date(start.getTime() + recurrence.durationMs),
  }));
}

/** The rule's occurrences must not overlap: each one has to end before the next starts. */
export function overlappingOccurrences(recurrence: Recurrence, sample = 12): boolean {
  const starts = firstOccurrences(recurrence, sample).map((o) => o.start.getTime());
  return starts.some((start, i) => i > 0 && start - starts[i - 1] < recurrence.durationMs);
}
