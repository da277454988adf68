import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { advanceDueMaintenances } from "./advance";
import { startMaintenanceScheduler, stopMaintenanceScheduler } from "./scheduler";

// The scheduler's own behaviour (timing, once per process, errors) without a store; advance.ts has integration tests.
vi.mock("./advance", () => ({ advanceDueMaintenances: vi.fn() }));
const advance = vi.mocked(advanceDueMaintenances);
const nothing = { added: [], started: [], completed: [], failed: [] };

describe("startMaintenanceScheduler", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    advance.mockReset();
    advance.mockResolvedValue(nothing);
  });
  afterEach(() => {
    stopMaintenanceScheduler();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("advances due maintenance once per interval", async () => {
    expect(startMaintenanceScheduler({ intervalMs: 1_000 })).toBe(true);
    expect(advance).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(advance).toHaveBeenCalledTimes(3);
  });

  it("starts once per process: a second call starts no second timer", async () => {
    expect(startMaintenanceScheduler({ intervalMs: 1_000 })).toBe(true);
    expect(startMaintenanceScheduler({ intervalMs: 1_000 })).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(advance).toHaveBeenCalledTimes(1);
  });

  it("logs a failed tick and keeps ticking", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    advance.mockRejectedValueOnce(new Error("store unavailable"));
    startMaintenanceScheduler({ intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(logged).toHaveBeenCalledWith("[beacon] maintenance scheduler tick failed:", "store unavailable");
    expect(advance).toHaveBeenCalledTimes(2);
  });

  it("logs maintenance that could not be moved on", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    advance.mockResolvedValueOnce({ ...nothing, failed: [{ id: "m1", error: new Error("deadlock") }] });
    startMaintenanceScheduler({ intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(logged).toHaveBeenCalledWith("[beacon] maintenance m1 could not be moved on:", "deadlock");
  });

  it("skips a tick while the previous one is still running", async () => {
    let finish = () => {};
    advance.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(nothing))));
    startMaintenanceScheduler({ intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(advance).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(advance).toHaveBeenCalledTimes(2);
  });
});
