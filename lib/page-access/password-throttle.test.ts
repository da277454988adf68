import { describe, expect, it } from "vitest";
import { FREE_FAILURES, PasswordThrottle, WINDOW_MS } from "./password-throttle";

describe("guessing a page's password", () => {
  it("makes an address wait after its free failures, until the window ends", () => {
    let now = 0;
    const throttle = new PasswordThrottle(() => now);
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(throttle.waitSeconds("203.0.113.1")).toBe(0);
      throttle.recordFailure("203.0.113.1");
    }
    expect(throttle.waitSeconds("203.0.113.1")).toBe(WINDOW_MS / 1000);
    expect(throttle.waitSeconds("203.0.113.2")).toBe(0);
    now = WINDOW_MS;
    expect(throttle.waitSeconds("203.0.113.1")).toBe(0);
  });

  it("counts an IPv6 /64 as one address", () => {
    const throttle = new PasswordThrottle(() => 0);
    for (let i = 0; i < FREE_FAILURES; i++) throttle.recordFailure(`2001:db8:1:2::${i.toString(16)}`);
    expect(throttle.waitSeconds("2001:db8:1:2::ffff")).toBeGreaterThan(0);
  });

  it("never holds more than ten thousand addresses, however many guess", () => {
    const throttle = new PasswordThrottle(() => 0);
    for (let i = 0; i < 12_000; i++) throttle.recordFailure(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(throttle.size).toBe(10_000);
  });
});
