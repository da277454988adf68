import { describe, expect, it } from "vitest";
import { hashPagePassword, pagePasswordMatches } from "./password-hash";

describe("a page's shared password", () => {
  it("is kept as a salted scrypt hash that only the same password matches", async () => {
    const hash = await hashPagePassword("correct horse");
    expect(hash).not.toContain("correct horse");
    expect(await hashPagePassword("correct horse")).not.toBe(hash);
    expect(await pagePasswordMatches("correct horse", hash)).toBe(true);
    expect(await pagePasswordMatches("wrong horse", hash)).toBe(false);
    expect(await pagePasswordMatches("correct horse", null)).toBe(false);
    expect(await pagePasswordMatches("correct horse", "garbage")).toBe(false);
  });
});
