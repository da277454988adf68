import { describe, expect, it } from "vitest";
import { type ProbeCheckResult, ResultBuffer } from "./result-buffer";

const result = (n: number): ProbeCheckResult => ({
  monitorId: `m${n}`,
  dueAt: new Date(n * 1000).toISOString(),
  startedAt: new Date(n * 1000).toISOString(),
  ok: true,
  degraded: null,
  responseTimeMs: 1,
  statusCode: null,
  error: null,
});

describe("the probe's result buffer", () => {
  let ids = 0;
  const newId = () => `batch-${++ids}`.padEnd(8, "x");

  it("an unanswered batch is sent again with the same id and the same results", () => {
    const buffer = new ResultBuffer(100, 2, newId);
    for (const n of [1, 2, 3]) buffer.add(result(n));
    const first = buffer.next()!;
    expect(first.results.map((r) => r.monitorId)).toEqual(["m1", "m2"]);
    expect(buffer.next()).toBe(first);
    buffer.acknowledge(first);
    const second = buffer.next()!;
    expect(second.batchId).not.toBe(first.batchId);
    expect(second.results.map((r) => r.monitorId)).toEqual(["m3"]);
  });

  it("keeps at most its bound, dropping the oldest waiting results and counting them", () => {
    const buffer = new ResultBuffer(3, 10, newId);
    for (const n of [1, 2, 3, 4, 5]) buffer.add(result(n));
    expect(buffer.size).toBe(3);
    expect(buffer.dropped).toBe(2);
    expect(buffer.next()!.results.map((r) => r.monitorId)).toEqual(["m3", "m4", "m5"]);
  });

  it("keeps the real start times of buffered results", () => {
    const buffer = new ResultBuffer(10, 10, newId);
    buffer.add(result(7));
    expect(buffer.next()!.results[0].startedAt).toBe(new Date(7000).toISOString());
  });
});
