import type { MirrorSignals } from "@/lib/telemetry/mirror-signals";
import type { ReadinessSignals } from "@/lib/telemetry/readiness-signals";

// GET /api/ready's decision, a pure function of what the store answered and what the loops reported.

/** The background jobs /api/ready expects to tick (by their periodic-job names), and how old their last tick may be. */
export const EXPECTED_JOBS: Record<string, number> = {
  "maintenance scheduler": 120_000, // ticks every 15 s
  "monitor scheduler": 60_000, // every 200 ms
  "notification worker": 60_000, // every 2 s
  "upstream poller": 60_000, // every second; a run waits at most 10 s for vendors' pages
};
/** How old the public snapshot's last "fresh" report may be. */
export const SNAPSHOT_MAX_AGE_MS = 120_000;
/** After start, a job or the snapshot that has not reported yet is "starting", not failing, for this long. */
export const STARTUP_GRACE_MS = 120_000;

export type StoreProbe = { reachable: true; pendingMigrations: string[] } | { reachable: false; error: string };

export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** Reported, but never makes the instance unready: a failing static mirror must not take Beacon out of a load balancer. */
  advisory?: true;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

export function assessReadiness(input: { store: StoreProbe; signals: ReadinessSignals; now: Date; mirror?: MirrorSignals }): Readiness {
  const { store, signals } = input;
  const now = input.now.getTime();
  const inGrace = now - signals.processStartedAt < STARTUP_GRACE_MS;
  const checks: ReadinessCheck[] = [
    store.reachable
      ? { name: "store", ok: true, detail: "reachable" }
      : { name: "store", ok: false, detail: `unreachable: ${store.error}` },
  ];
  if (store.reachable) {
    const pending = store.pendingMigrations;
    checks.push({
      name: "migrations",
      ok: pending.length === 0,
      detail: pending.length === 0 ? "all applied" : `${pending.length} pending: ${pending.join(", ")}`,
    });
  }
  for (const [job, maxAgeMs] of Object.entries(EXPECTED_JOBS)) {
    checks.push({ name: `job:${job}`, ...recency(signals.jobTicks[job] ?? null, maxAgeMs, now, inGrace, "ticked") });
  }
  checks.push({ name: "snapshot", ...recency(signals.snapshotFreshAt, SNAPSHOT_MAX_AGE_MS, now, inGrace, "fresh") });
  for (const target of Object.values(input.mirror?.targets ?? {})) checks.push(mirrorCheck(target, now));
  return { ready: checks.every((check) => check.ok || check.advisory), checks };
}

function mirrorCheck(target: MirrorSignals["targets"][string], now: number): ReadinessCheck {
  const last =
    target.lastSuccessAt === null ? "never exported" : `last exported ${Math.round(Math.max(0, now - target.lastSuccessAt) / 1000)} s ago`;
  const detail =
    target.lastError === null
      ? target.lastSuccessAt === null
        ? "starting: not exported yet"
        : `${last} (${target.objects} objects)`
      : `failing: ${target.lastError}; ${last}`;
  return { name: `mirror:${target.kind}`, ok: target.lastError === null, detail, advisory: true };
}

function recency(at: number | null, maxAgeMs: number, now: number, inGrace: boolean, verb: string) {
  if (at === null) {
    return inGrace
      ? { ok: true, detail: `starting: not ${verb} yet` }
      : { ok: false, detail: `never ${verb} since start (grace ${STARTUP_GRACE_MS / 1000} s)` };
  }
  const ageMs = Math.max(0, now - at);
  const seconds = Math.round(ageMs / 1000);
  return ageMs <= maxAgeMs
    ? { ok: true, detail: `${verb} ${seconds} s ago` }
    : { ok: false, detail: `last ${verb} ${seconds} s ago (limit ${maxAgeMs / 1000} s)` };
}
