import { describe, expect, it } from "vitest";
import { firstOccurrences, occurrenceStarts, overlappingOccurrences, parseRecurrenceRule, type Recurrence } from "./recurrence";

const HOUR = 60 * 60 * 1000;
const sundays: Recurrence = {
  rule: "FREQ=WEEKLY;BYDAY=SU",
  // Sunday 15 March 2026, 02:30 in Berlin (CET, +01:00).
  firstStart: new Date("2026-03-15T01:30:00Z"),
  durationMs: 2 * HOUR,
  timeZone: "Europe/Berlin",
};

describe("parseRecurrenceRule", () => {
  it("accepts an RRULE with or without its prefix and says it in words", () => {
    expect(parseRecurrenceRule("RRULE:FREQ=WEEKLY;BYDAY=SU")).toEqual({
      ok: true,
      rule: "FREQ=WEEKLY;BYDAY=SU",
      text: "every week on Sunday",
    });
    expect(parseRecurrenceRule(" FREQ=MONTHLY;BYMONTHDAY=1;COUNT=6 ")).toMatchObject({
      ok: true,
      rule: "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=6",
    });
  });

  it("refuses what is not an RRULE, repeats more often than daily, or brings its own start", () => {
    for (const input of ["", "every sunday", "FREQ=SOMETIMES", "BYDAY=SU", "FREQ=HOURLY", "DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY"]) {
      const parsed = parseRecurrenceRule(input);
      expect(parsed.ok, input).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/^recurrence /);
    }
  });
});

describe("occurrences", () => {
  it("keep the local time of day across the spring DST change", () => {
    const starts = firstOccurrences(sundays, 3).map((o) => o.start.toISOString());
    // 02:30 on 29 March 2026 does not exist in Berlin (clocks jump 02:00 → 03:00): it moves forward, as clocks do.
    expect(starts).toEqual(["2026-03-15T01:30:00.000Z", "2026-03-22T01:30:00.000Z", "2026-03-29T01:30:00.000Z"]);
    const april = occurrenceStarts(sundays, new Date("2026-04-01T00:00:00Z"), new Date("2026-04-13T00:00:00Z"), 10);
    expect(april.map((d) => d.toISOString())).toEqual(["2026-04-05T00:30:00.000Z", "2026-04-12T00:30:00.000Z"]);
  });

  it("lists only what falls after `after` up to `until`, bounded by the limit", () => {
    const after = new Date("2026-03-15T01:30:00Z"); // the first occurrence itself is not after itself
    expect(occurrenceStarts(sundays, after, new Date("2026-12-31T00:00:00Z"), 2)).toHaveLength(2);
    expect(occurrenceStarts(sundays, after, new Date("2026-03-22T01:29:00Z"), 10)).toHaveLength(0);
  });

  it("end with COUNT", () => {
    const twice = { ...sundays, rule: "FREQ=WEEKLY;BYDAY=SU;COUNT=2" };
    expect(firstOccurrences(twice, 10)).toHaveLength(2);
  });

  it("that would overlap are detected", () => {
    expect(overlappingOccurrences(sundays)).toBe(false);
    expect(overlappingOccurrences({ ...sundays, rule: "FREQ=DAILY", durationMs: 25 * HOUR })).toBe(true);
  });
});
