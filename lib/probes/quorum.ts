import type { CheckOutcome } from "@/lib/monitor-runner/check-outcome";

// Pure: one round of a remote monitor — each reporting location's result for one due time — as one outcome.

export interface LocationResult {
  location: string;
  ok: boolean;
  degraded: boolean;
  responseTimeMs: number | null;
  statusCode: number | null;
  error: string | null;
}

/** K: the configured quorum (never more than the locations that reported), else a majority of them. */
export function quorumOf(reporting: number, configured: number | null): number {
  if (reporting <= 0) return 0;
  return configured === null ? Math.floor(reporting / 2) + 1 : Math.min(configured, reporting);
}

/**
 * Fails when at least K of the N reporting locations failed, naming them; degraded when K failed or were
 * degraded; otherwise up. Locations that did not report (offline, or silent this round) are not counted at all.
 */
export function decideRound(results: readonly LocationResult[], configuredQuorum: number | null): CheckOutcome | null {
  if (results.length === 0) return null;
  const k = quorumOf(results.length, configuredQuorum);
  const failing = results.filter((r) => !r.ok);
  const degraded = results.filter((r) => r.ok && r.degraded);
  const responseTimeMs = median(results.filter((r) => r.ok).map((r) => r.responseTimeMs));
  const statusCode = results.find((r) => r.ok)?.statusCode ?? results[0].statusCode;
  const of = `${k} of ${results.length}`;
  if (failing.length >= k) {
    const names = failing.map((r) => r.location).sort();
    const error = `failing from ${names.join(", ")} (${of}): ${failing[0].error ?? "check failed"}`;
    return { ok: false, responseTimeMs: median(failing.map((r) => r.responseTimeMs)), statusCode: failing[0].statusCode, error };
  }
  if (failing.length + degraded.length >= k) {
    const names = [...failing, ...degraded].map((r) => r.location).sort();
    const notice = degraded[0]?.error ?? failing[0]?.error ?? "degraded";
    return { ok: true, responseTimeMs, statusCode, error: null, degraded: `degraded from ${names.join(", ")} (${of}): ${notice}` };
  }
  return { ok: true, responseTimeMs, statusCode, error: null };
}

function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
