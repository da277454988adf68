import { reportJobTick } from "@/lib/telemetry/readiness-signals";
import { consoleLogger, createFailureLog, type JobLogger } from "./failure-log";

export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface PeriodicJobOptions {
  /** Names the job in the log: "[beacon] <name> tick failed: …". */
  name: string;
  intervalMs: number;
  /** One run. `signal` aborts when the job is stopping: claim no new work, finish or release what is in hand. */
  run: (signal: AbortSignal) => Promise<void>;
  log?: JobLogger;
  timers?: Timers;
}

export interface PeriodicJob {
  /** Runs every `intervalMs` from now on; a second call does nothing. */
  start(): void;
  /** Runs now, or once more right after the run in flight (new work was queued meanwhile). */
  wake(): void;
  /** One run now, or the run in flight if there is one; resolves when it is over. Errors are logged, not thrown. */
  runOnce(): Promise<void>;
  /** Stops the timer, aborts the signal, and waits for the run in flight. */
  stop(): Promise<void>;
}

/**
 * A loop that runs `run` every `intervalMs`, never two runs at once (a slow run — the store waking up — makes the
 * next ticks skip), logging a run of failures once. Its timer never keeps the process alive on its own.
 */
export function createPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  const timers = options.timers ?? realTimers;
  const failures = createFailureLog(options.name, "tick failed", options.log ?? consoleLogger);
  const stopping = new AbortController();
  let timer: unknown;
  let inFlight: Promise<void> | null = null;
  let again = false;

  const runOnce = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (stopping.signal.aborted) return Promise.resolve();
    inFlight = (async () => {
      do {
        again = false;
        try {
          await options.run(stopping.signal);
          failures.succeeded();
        } catch (error) {
          failures.failed(error);
        }
        reportJobTick(options.name); // GET /api/ready: the loop is alive, whatever the run's outcome
      } while (again && !stopping.signal.aborted);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    start() {
      if (timer !== undefined || stopping.signal.aborted) return;
      timer = timers.setInterval(() => void runOnce(), options.intervalMs);
      (timer as { unref?: () => void }).unref?.();
    },
    wake() {
      if (inFlight) again = true;
      else void runOnce();
    },
    runOnce,
    async stop() {
      if (timer !== undefined) timers.clearInterval(timer);
      timer = undefined;
      stopping.abort();
      await inFlight;
    },
  };
}
