import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { coalesce } from "./coalesce";

describe("coalesce", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("turns the notices of one commit (one per table, the same instant) into one announcement", () => {
    const announce = vi.fn();
    const notice = coalesce(announce, { quietMs: 15, maxWaitMs: 60 });
    for (let i = 0; i < 5; i++) notice();
    expect(announce).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15);
    expect(announce).toHaveBeenCalledTimes(1);
  });

  it("announces separate changes separately", () => {
    const announce = vi.fn();
    const notice = coalesce(announce, { quietMs: 15, maxWaitMs: 60 });
    notice();
    vi.advanceTimersByTime(20);
    notice();
    vi.advanceTimersByTime(20);
    expect(announce).toHaveBeenCalledTimes(2);
  });

  it("does not let a steady stream of notices hold the announcement back past maxWaitMs", () => {
    const announce = vi.fn();
    const notice = coalesce(announce, { quietMs: 15, maxWaitMs: 60 });
    for (let elapsed = 0; elapsed < 60; elapsed += 10) {
      notice();
      vi.advanceTimersByTime(10);
    }
    expect(announce).toHaveBeenCalledTimes(1);
  });
});
