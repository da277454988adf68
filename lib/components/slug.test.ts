import { describe, expect, it } from "vitest";
import { firstFreeSlug, SLUG_MAX_CHARS, slugFromName } from "./slug";

describe("slugFromName", () => {
  it("lowercases the name and turns everything but letters and digits into single dashes", () => {
    expect(slugFromName("Real-time updates (SSE)")).toBe("real-time-updates-sse");
  });

  it("drops accents", () => {
    expect(slugFromName("Café Zürich")).toBe("cafe-zurich");
  });

  it("falls back to 'component' when nothing usable is left", () => {
    expect(slugFromName("  ✨ ")).toBe("component");
  });

  it("is at most SLUG_MAX_CHARS long and never ends with a dash", () => {
    const slug = slugFromName(`${"a".repeat(SLUG_MAX_CHARS - 1)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_CHARS);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("firstFreeSlug", () => {
  it("keeps the base when it is free and numbers it from 2 when it is taken", () => {
    expect(firstFreeSlug("api", new Set())).toBe("api");
    expect(firstFreeSlug("api", new Set(["api", "api-2"]))).toBe("api-3");
  });
});
