import { describe, expect, it } from "vitest";
import { fromDatetimeLocal, toDatetimeLocal } from "./datetime-local";

describe("datetime-local values", () => {
  it("reads a typed time in the viewer's zone as ISO with that zone's offset", () => {
    expect(fromDatetimeLocal("2026-11-24T22:00", "Europe/Berlin")).toBe("2026-11-24T22:00:00+01:00");
    expect(fromDatetimeLocal("2026-07-01T09:30", "America/New_York")).toBe("2026-07-01T09:30:00-04:00");
    expect(fromDatetimeLocal("2026-11-24T12:00", "Asia/Kolkata")).toBe("2026-11-24T12:00:00+05:30");
    expect(fromDatetimeLocal("2026-11-24T12:00", "UTC")).toBe("2026-11-24T12:00:00+00:00");
  });

  it("names the same instant the browser meant", () => {
    expect(new Date(fromDatetimeLocal("2026-11-24T22:00", "Europe/Berlin")).toISOString()).toBe("2026-11-24T21:00:00.000Z");
  });

  it("moves a time skipped by the spring DST change forward", () => {
    expect(fromDatetimeLocal("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T03:30:00+02:00");
  });

  it("gives an empty string for an empty or malformed value, so the schema says the field is required", () => {
    expect(fromDatetimeLocal("", "UTC")).toBe("");
    expect(fromDatetimeLocal("tomorrow", "UTC")).toBe("");
  });

  it("shows an instant as the zone's wall-clock time, to the minute", () => {
    expect(toDatetimeLocal(new Date("2026-11-24T21:00:45Z"), "Europe/Berlin")).toBe("2026-11-24T22:00");
    expect(toDatetimeLocal(new Date("2026-11-24T21:00:00Z"), "America/Los_Angeles")).toBe("2026-11-24T13:00");
  });

  it("round-trips a value through an instant", () => {
    const local = "2026-10-25T01:15";
    expect(toDatetimeLocal(new Date(fromDatetimeLocal(local, "Europe/London")), "Europe/London")).toBe(local);
  });
});
