// What the background jobs and the public snapshot report about themselves, for GET /api/ready. Next bundles its
// own copy of every module while the custom server and the loops may load another, so the one registry lives on
// globalThis (as lib/public-surface/bridge.ts does). Plain data only, no server-only imports: anything may call it.

export interface ReadinessSignals {
  /** When this process started (ms since epoch): "never reported yet" counts as failing only after a grace period. */
  processStartedAt: number;
  /** Each background job's last completed tick (ms since epoch), by job name. */
  jobTicks: Record<string, number>;
  /** When the public snapshot was last known to reflect the store (ms since epoch); null until first reported. */
  snapshotFreshAt: number | null;
}

const holder = globalThis as typeof globalThis & { __beaconReadinessSignals?: ReadinessSignals };

/** The process's registry, created on first use. */
export function readinessSignals(): ReadinessSignals {
  holder.__beaconReadinessSignals ??= {
    processStartedAt: Date.now() - process.uptime() * 1000,
    jobTicks: {},
    snapshotFreshAt: null,
  };
  return holder.__beaconReadinessSignals;
}

/** A background job finished one round of work (call it at the end of every tick, successful or not). */
export function reportJobTick(name: string, at: Date = new Date()) {
  readinessSignals().jobTicks[name] = at.getTime();
}

/** The public snapshot is known to reflect the store as of `at` (after a render, or a check that nothing is pending). */
export function reportSnapshotFresh(at: Date) {
  const signals = readinessSignals();
  signals.snapshotFreshAt = Math.max(signals.snapshotFreshAt ?? 0, at.getTime());
}
