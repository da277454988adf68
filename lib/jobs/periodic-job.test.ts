import { describe, expect, it } from "vitest";
import type { JobLogger } from "./failure-log";
import { createPeriodicJob, type Timers } from "./periodic-job";

/** Timers the test fires by hand, and a log it reads. */
function harness() {
  const intervals = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    setInterval: (run) => {
      intervals.set(next, run);
      return next++;
    },
    clearInterval: (handle) => void intervals.delete(handle as number),
  };
  const lines: string[] = [];
  const log: JobLogger = { info: (line) => lines.push(line), error: (line, message) => lines.push(`${line} ${message}`) };
  const tick = async () => {
    for (const run of intervals.values()) run();
    await settle();
  };
  return { timers, log, lines, tick, intervals };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createPeriodicJob", () => {
  it("runs once per interval after start, not before", async () => {
    const h = harness();
    let runs = 0;
    const job = createPeriodicJob({ name: "test job", intervalMs: 1_000, run: async () => void runs++, ...h });
    await h.tick();
    expect(runs).toBe(0);
    job.start();
    job.start(); // a second start adds no second timer
    await h.tick();
    await h.tick();
    expect(runs).toBe(2);
    await job.stop();
  });

  it("never overlaps: ticks during a slow run are skipped", async () => {
    const h = harness();
    const slow = deferred();
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const job = createPeriodicJob({
      name: "test job",
      intervalMs: 1_000,
      run: async () => {
        runs++;
        maxConcurrent = Math.max(maxConcurrent, ++concurrent);
        if (runs === 1) await slow.promise;
        concurrent--;
      },
      ...h,
    });
    job.start();
    await h.tick();
    await h.tick();
    await h.tick();
    expect(runs).toBe(1);
    slow.resolve();
    await settle();
    await h.tick();
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
    await job.stop();
  });

  it("a wake during a run runs once more right after it", async () => {
    const h = harness();
    const slow = deferred();
    let runs = 0;
    const job = createPeriodicJob({
      name: "test job",
      intervalMs: 60_000,
      run: async () => {
        if (++runs === 1) await slow.promise;
      },
      ...h,
    });
    job.wake();
    job.wake();
    job.wake();
    expect(runs).toBe(1);
    slow.resolve();
    await settle();
    expect(runs).toBe(2);
    await job.stop();
  });

  it("logs the first failure of a run of failures, a changed failure, and one recovered line", async () => {
    const h = harness();
    const outcomes = ["store unavailable", "store unavailable", "store unavailable", "timeout", null, null];
    const job = createPeriodicJob({
      name: "test job",
      intervalMs: 1_000,
      run: async () => {
        const failure = outcomes.shift();
        if (failure) throw new Error(failure);
      },
      ...h,
    });
    job.start();
    for (let i = 0; i < 6; i++) await h.tick();
    expect(h.lines).toEqual([
      "[beacon] test job tick failed: store unavailable",
      "[beacon] test job tick failed: timeout",
      "[beacon] test job recovered",
    ]);
    await job.stop();
  });

  it("stop aborts the run's signal and waits for the run in flight", async () => {
    const h = harness();
    const release = deferred();
    let seenSignal: AbortSignal | undefined;
    let finished = false;
    const job = createPeriodicJob({
      name: "test job",
      intervalMs: 1_000,
      run: async (signal) => {
        seenSignal = signal;
        await release.promise;
        finished = true;
      },
      ...h,
    });
    job.start();
    await h.tick();
    expect(seenSignal?.aborted).toBe(false);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await settle();
    expect(seenSignal?.aborted).toBe(true);
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(finished).toBe(true);
    expect(h.intervals.size).toBe(0);
  });

  it("runs no more after stop", async () => {
    const h = harness();
    let runs = 0;
    const job = createPeriodicJob({ name: "test job", intervalMs: 1_000, run: async () => void runs++, ...h });
    job.start();
    await job.stop();
    job.wake();
    await job.runOnce();
    job.start();
    await h.tick();
    expect(runs).toBe(0);
  });
});
