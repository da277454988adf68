import { describe, expect, it } from "vitest";
import { MAX_DELAY_SECONDS, signInDelaySeconds } from "./sign-in-delay";

describe("the wait after failed sign-ins", () => {
  it("is nothing for the free failures, then doubles with each failure up to the cap", () => {
    expect([3, 4, 5, 6, 7, 8].map((failures) => signInDelaySeconds(failures, 5))).toEqual([0, 0, 30, 60, 120, 240]);
    expect(signInDelaySeconds(10, 5)).toBe(MAX_DELAY_SECONDS);
    expect(signInDelaySeconds(10_000, 5)).toBe(MAX_DELAY_SECONDS);
  });
});
