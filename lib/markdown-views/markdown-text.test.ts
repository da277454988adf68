import { describe, expect, it } from "vitest";
import { inline, utc } from "./markdown-text";

describe("markdown text", () => {
  it("writes times in UTC to the minute", () => {
    expect(utc(new Date("2026-11-24T12:34:56.789+01:00"))).toBe("2026-11-24 11:34 UTC");
  });

  it("folds an admin's text onto one line, escapes markdown and cuts it", () => {
    expect(inline("API *down*\n\n[see](x) <b>")).toBe("API \\*down\\* \\[see\\](x) \\<b\\>");
    expect(inline("a".repeat(300), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
