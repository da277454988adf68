import type { CheckSpec } from "@/lib/monitor-runner/check-spec";
import type { PendingBatch } from "./result-buffer";

// The probe's only connections to Beacon: two POSTs, outbound, with the location's token.

export interface Assignment {
  monitorId: string;
  dueAt: string;
  leaseExpiresAt: string;
  check: CheckSpec;
}

export interface ProbeClient {
  pull(options: { max: number; horizonMs: number }): Promise<{ location: string; assignments: Assignment[] }>;
  push(batch: PendingBatch): Promise<{ duplicate: boolean; accepted: number }>;
}

export function createProbeClient(baseUrl: string, token: string, version: string, timeoutMs = 10_000): ProbeClient {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(new URL(path, baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-beacon-probe-version": version },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new ProbeApiError(response.status, text.slice(0, 300));
    return JSON.parse(text);
  };
  return {
    pull: (options) => post("/api/probe/v1/assignments", options),
    push: (batch) => post("/api/probe/v1/results", { batchId: batch.batchId, version, results: batch.results }),
  };
}

export class ProbeApiError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`Beacon answered ${status}: ${body}`);
  }
}
