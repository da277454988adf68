import { describe, expect, it } from "vitest";
import { formatInstant, formatRelative } from "./format";

const now = new Date("2026-11-24T12:00:00Z");

describe("formatRelative", () => {
  it("says just now for the last few seconds", () => {
    expect(formatRelative(new Date("2026-11-24T11:59:30Z"), now)).toBe("just now");
  });
  it("counts hours in the past", () => {
    expect(formatRelative(new Date("2026-11-24T10:00:00Z"), now)).toBe("2 hours ago");
  });
  it("says yesterday a day back", () => {
    expect(formatRelative(new Date("2026-11-23T12:00:00Z"), now)).toBe("yesterday");
  });
  it("counts days into the future for upcoming maintenance", () => {
    expect(formatRelative(new Date("2026-11-27T12:00:00Z"), now)).toBe("in 3 days");
  });
});

describe("formatInstant", () => {
  it("renders the same instant in the viewer's time zone", () => {
    const instant = new Date("2026-10-19T14:12:00Z");
    expect(formatInstant(instant, "time", "UTC")).toBe("14:12 UTC");
    expect(formatInstant(instant, "time", "Asia/Tokyo")).toBe("23:12 GMT+9");
  });
  it("names the month of an instant in the page's time zone", () => {
    expect(formatInstant(new Date("2026-10-31T23:30:00Z"), "month", "Asia/Tokyo")).toBe("November 2026");
  });
});
