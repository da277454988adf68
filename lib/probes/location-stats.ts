// Per-location figures for one monitor from its probe results: what each place saw, before the quorum decided.

export interface LocationResult {
  locationId: string;
  startedAt: Date;
  ok: boolean;
  responseTimeMs: number | null;
  error: string | null;
}

export interface LocationStats {
  locationId: string;
  checks: number;
  failed: number;
  /** Share of passed checks, 0–100, one decimal; null without checks. */
  uptimePercent: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  last: { startedAt: Date; ok: boolean; error: string | null } | null;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Groups results by location; every location in `locationIds` gets a row, even one that reported nothing. */
export function locationStats(results: readonly LocationResult[], locationIds: readonly string[]): LocationStats[] {
  const byLocation = new Map<string, LocationResult[]>(locationIds.map((id) => [id, []]));
  for (const result of results) byLocation.set(result.locationId, [...(byLocation.get(result.locationId) ?? []), result]);
  return [...byLocation].map(([locationId, rows]) => {
    const failed = rows.filter((r) => !r.ok).length;
    const times = rows
      .map((r) => r.responseTimeMs)
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    const last = rows.reduce<LocationResult | null>((latest, r) => (!latest || r.startedAt > latest.startedAt ? r : latest), null);
    return {
      locationId,
      checks: rows.length,
      failed,
      uptimePercent: rows.length === 0 ? null : Math.round(((rows.length - failed) / rows.length) * 1000) / 10,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      last: last && { startedAt: last.startedAt, ok: last.ok, error: last.error },
    };
  });
}
