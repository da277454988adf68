import { describe, expect, it } from "vitest";
import { formatDuration, incidentDurations } from "./durations";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const T = new Date("2026-10-19T14:00:00Z");
const at = (offsetMs: number) => new Date(T.getTime() + offsetMs);

describe("incidentDurations", () => {
  it("the BMAD-DEPLOY-001 outage took 5 min to identify, 28 min to resolve and 33 min in total", () => {
    const durations = incidentDurations({ startedAt: T, identifiedAt: at(5 * MINUTE), resolvedAt: at(33 * MINUTE) }, at(3 * DAY));
    expect(durations).toEqual({
      timeToIdentifyMs: 5 * MINUTE,
      timeToResolveMs: 28 * MINUTE,
      totalMs: 33 * MINUTE,
      ongoing: false,
    });
    expect(formatDuration(durations.timeToIdentifyMs!)).toBe("5 min");
    expect(formatDuration(durations.timeToResolveMs!)).toBe("28 min");
    expect(formatDuration(durations.totalMs)).toBe("33 min");
  });

  it("an open incident is ongoing and its total runs up to now", () => {
    const durations = incidentDurations({ startedAt: T, identifiedAt: at(5 * MINUTE), resolvedAt: null }, at(20 * MINUTE));
    expect(durations).toEqual({
      timeToIdentifyMs: 5 * MINUTE,
      timeToResolveMs: null,
      totalMs: 20 * MINUTE,
      ongoing: true,
    });
  });

  it("an incident still being investigated has no time to identify yet", () => {
    const durations = incidentDurations({ startedAt: T, identifiedAt: null, resolvedAt: null }, at(7 * MINUTE));
    expect(durations.timeToIdentifyMs).toBeNull();
    expect(durations.timeToResolveMs).toBeNull();
    expect(durations.totalMs).toBe(7 * MINUTE);
  });

  it("an incident resolved without ever being marked identified has a total but no time to resolve", () => {
    const durations = incidentDurations({ startedAt: T, identifiedAt: null, resolvedAt: at(12 * MINUTE) }, at(DAY));
    expect(durations.timeToResolveMs).toBeNull();
    expect(durations.totalMs).toBe(12 * MINUTE);
    expect(durations.ongoing).toBe(false);
  });

  it("a timestamp entered before the start never yields a negative duration", () => {
    const durations = incidentDurations({ startedAt: T, identifiedAt: at(-MINUTE), resolvedAt: null }, at(-HOUR));
    expect(durations.timeToIdentifyMs).toBe(0);
    expect(durations.totalMs).toBe(0);
  });
});

describe("formatDuration", () => {
  it("shows seconds under a minute", () => {
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(0)).toBe("0 s");
  });

  it("shows whole minutes under an hour", () => {
    expect(formatDuration(5 * MINUTE)).toBe("5 min");
    expect(formatDuration(5 * MINUTE + 40_000)).toBe("5 min");
  });

  it("never rounds 59 min 59 s up to an hour", () => {
    expect(formatDuration(HOUR - 1000)).toBe("59 min");
  });

  it("shows hours and minutes under a day", () => {
    expect(formatDuration(HOUR + 3 * MINUTE)).toBe("1 h 3 min");
    expect(formatDuration(2 * HOUR)).toBe("2 h");
  });

  it("shows days and hours from a day up", () => {
    expect(formatDuration(2 * DAY + 4 * HOUR + 30 * MINUTE)).toBe("2 d 4 h");
    expect(formatDuration(3 * DAY)).toBe("3 d");
  });

  it("shows a negative duration as zero", () => {
    expect(formatDuration(-5000)).toBe("0 s");
  });
});
