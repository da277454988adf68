import { afterEach, describe, expect, it } from "vitest";
import { createStoreBreaker, type StoreBreaker } from "./store-breaker";
import { StoreUnavailableError } from "./store-unavailable";

const outage = () => Promise.reject(new Error("Connection terminated unexpectedly"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let breaker: StoreBreaker;
afterEach(() => breaker.shutdown());

async function failTimes(times: number) {
  for (let i = 0; i < times; i++) await breaker.run(outage).catch(() => undefined);
}

describe("store circuit breaker", () => {
  it("turns an outage error into StoreUnavailableError that keeps the cause", async () => {
    breaker = createStoreBreaker();
    const error = await breaker.run(outage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).cause).toMatchObject({ message: "Connection terminated unexpectedly" });
  });

  it("opens after a few outage errors and then refuses at once without calling the store", async () => {
    breaker = createStoreBreaker({ volumeThreshold: 3 });
    await failTimes(3);
    expect(breaker.state).toBe("open");
    let called = false;
    const error = await breaker.run(async () => (called = true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(called).toBe(false);
  });

  it("ordinary errors pass through unchanged and never open it", async () => {
    breaker = createStoreBreaker({ volumeThreshold: 2 });
    const unique = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    for (let i = 0; i < 5; i++) await expect(breaker.run(() => Promise.reject(unique))).rejects.toBe(unique);
    expect(breaker.state).toBe("closed");
  });

  it("lets one call try again after the reset time, and closes when it succeeds", async () => {
    breaker = createStoreBreaker({ volumeThreshold: 1, resetTimeoutMs: 100 });
    await failTimes(1);
    expect(breaker.state).toBe("open");
    await sleep(150);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.run(async () => "back")).resolves.toBe("back");
    expect(breaker.state).toBe("closed");
  });

  it("runs a transaction's queries inside its unit, so a half-open trial transaction is not refused", async () => {
    breaker = createStoreBreaker({ volumeThreshold: 1, resetTimeoutMs: 100 });
    await failTimes(1);
    await sleep(150);
    const trial = breaker.run(async () => {
      const first = await breaker.run(async () => 1);
      const second = await breaker.run(async () => 2);
      return first + second;
    });
    await expect(trial).resolves.toBe(3);
    expect(breaker.state).toBe("closed");
  });
});
