// How the static mirror's exports go, per target, for the admin notice, GET /api/ready and /metrics. The exporter
// runs in the front server (outside Next's module graph), so the one registry lives on globalThis (as
// readiness-signals.ts does). Plain data only, no server-only imports.

export interface MirrorTargetStatus {
  kind: string;
  where: string;
  /** When an export last reached this target whole (ms since epoch); null until one did. */
  lastSuccessAt: number | null;
  /** The last failure's message while failing; null once an export succeeds again. */
  lastError: string | null;
  /** Since when exports to this target fail (ms since epoch); null while they succeed. */
  failingSince: number | null;
  consecutiveFailures: number;
  /** Objects the last successful export wrote and removed, and how many the mirror holds. */
  uploaded: number;
  removed: number;
  objects: number;
  lastDurationMs: number;
}

export interface MirrorSignals {
  targets: Record<string, MirrorTargetStatus>;
}

const holder = globalThis as typeof globalThis & { __beaconMirrorSignals?: MirrorSignals };

export function mirrorSignals(): MirrorSignals {
  holder.__beaconMirrorSignals ??= { targets: {} };
  return holder.__beaconMirrorSignals;
}

/** The status of one target, created (never exported yet) on first use. */
export function mirrorTargetStatus(kind: string, where: string): MirrorTargetStatus {
  const targets = mirrorSignals().targets;
  targets[kind] ??= {
    kind,
    where,
    lastSuccessAt: null,
    lastError: null,
    failingSince: null,
    consecutiveFailures: 0,
    uploaded: 0,
    removed: 0,
    objects: 0,
    lastDurationMs: 0,
  };
  return targets[kind];
}
