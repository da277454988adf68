import { randomBytes } from "node:crypto";
import { performCheck } from "@/lib/monitor-runner/perform-check";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import type { Assignment, ProbeClient } from "./probe-client";
import { ResultBuffer } from "./result-buffer";

const RAN_MEMORY_MS = 15 * 60_000;

export interface ProbeAgentOptions {
  client: ProbeClient;
  /** The location this probe was started for: the token must belong to it. */
  location: string;
  policy: TargetPolicy;
  pullMs?: number;
  flushMs?: number;
  /** Checks are pulled this long before they are due and started on time by the probe itself. */
  horizonMs?: number;
  maxConcurrentChecks?: number;
  maxBufferedResults?: number;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface ProbeAgent {
  start(): void;
  stop(): Promise<void>;
  /** One pull, and one flush of everything buffered (tests drive these by hand). */
  pullOnce(): Promise<void>;
  flushOnce(): Promise<void>;
  readonly stats: { checksRun: number; buffered: number; dropped: number; running: number };
}

/** Pulls the location's checks, runs each at its due time with Beacon's own check code, and pushes results in batches. */
export function createProbeAgent(options: ProbeAgentOptions): ProbeAgent {
  const { client, pullMs = 500, flushMs = 1_000, horizonMs = 5_000, maxConcurrentChecks = 256, log = console.log } = options;
  const buffer = new ResultBuffer(options.maxBufferedResults ?? 50_000, options.batchSize ?? 500, () =>
    randomBytes(12).toString("base64url"),
  );
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  // Checks this process already ran (result buffered or sent): handed out again after a lease ran out while the
  // result waited for Beacon, they are not run twice. Forgotten after RAN_MEMORY_MS.
  const ran = new Map<string, number>();
  const running = new Set<Promise<void>>();
  let checksRun = 0;
  let timers: ReturnType<typeof setInterval>[] = [];
  let pulling = false;
  let flushing: Promise<void> | null = null;
  let beaconDown = false;

  const trouble = (what: string, error: unknown) => {
    if (!beaconDown) log(`[probe] ${what} failed, results are kept and sent later: ${(error as Error).message}`);
    beaconDown = true;
  };

  const run = (assignment: Assignment) => {
    const startedAt = new Date();
    const work = performCheck(assignment.check, options.policy).then((outcome) => {
      checksRun++;
      buffer.add({
        monitorId: assignment.monitorId,
        dueAt: assignment.dueAt,
        startedAt: startedAt.toISOString(),
        ok: outcome.ok,
        degraded: outcome.degraded ?? null,
        responseTimeMs: outcome.responseTimeMs,
        statusCode: outcome.statusCode,
        error: outcome.error,
      });
    });
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  const schedule = (assignment: Assignment) => {
    const key = `${assignment.monitorId}|${assignment.dueAt}`;
    if (pending.has(key) || ran.has(key)) return;
    const delay = Math.max(0, new Date(assignment.dueAt).getTime() - Date.now());
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        ran.set(key, Date.now());
        run(assignment);
      }, delay),
    );
  };

  const pullOnce = async () => {
    if (pulling) return;
    pulling = true;
    try {
      const room = maxConcurrentChecks * 4 - pending.size - running.size;
      if (room <= 0) return;
      const answer = await client.pull({ max: Math.min(room, 1_000), horizonMs });
      if (answer.location !== options.location) {
        throw new Error(`this token belongs to location ${answer.location}, not ${options.location}`);
      }
      if (beaconDown) log("[probe] Beacon answers again");
      beaconDown = false;
      const forgetBefore = Date.now() - RAN_MEMORY_MS;
      for (const [key, at] of ran) if (at < forgetBefore) ran.delete(key);
      for (const assignment of answer.assignments) schedule(assignment);
    } catch (error) {
      trouble("pulling assignments", error);
    } finally {
      pulling = false;
    }
  };

  const sendAll = async () => {
    try {
      for (let batch = buffer.next(); batch; batch = buffer.next()) {
        await client.push(batch);
        buffer.acknowledge(batch);
      }
    } catch (error) {
      trouble("sending results", error);
    }
  };
  // One send at a time; a flush asked for meanwhile waits for it, then sends what came in since.
  const flushOnce = async () => {
    while (flushing) await flushing;
    flushing = sendAll().finally(() => {
      flushing = null;
    });
    await flushing;
  };

  return {
    start() {
      void pullOnce();
      timers = [setInterval(() => void pullOnce(), pullMs), setInterval(() => flushing ?? void flushOnce(), flushMs)];
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      await Promise.allSettled([...running]);
      await flushOnce();
    },
    pullOnce,
    flushOnce,
    get stats() {
      return { checksRun, buffered: buffer.size, dropped: buffer.dropped, running: running.size };
    },
  };
}
