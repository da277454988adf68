import { describe, expect, it } from "vitest";
import { afterFailedAttempt, MAX_ATTEMPTS } from "./backoff";

const now = new Date("2026-11-24T12:00:00Z");
const waitAfter = (attempts: number) => {
  const next = afterFailedAttempt(attempts, now);
  return next.state === "pending" ? (next.nextAttemptAt.getTime() - now.getTime()) / 1000 : next.state;
};

describe("retry backoff", () => {
  it("waits 10 s after the first failure and doubles the wait after each further one", () => {
    expect([1, 2, 3, 4, 7].map(waitAfter)).toEqual([10, 20, 40, 80, 640]);
  });

  it("gives up for good after the eighth failed attempt", () => {
    expect(waitAfter(MAX_ATTEMPTS)).toBe("failed");
    expect(waitAfter(MAX_ATTEMPTS + 1)).toBe("failed");
  });
});
