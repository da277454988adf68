// One shutdown path for the whole process: the front server (server.ts) and the background jobs (started from
// instrumentation.ts) each add their step, and one SIGTERM/SIGINT handler runs them all, then exits. Next bundles
// instrumentation separately from server.ts, each with its own copy of this module, so the steps live on
// globalThis. Plain module, no server-only: the front server runs outside Next's module graph.

/** However long a step takes, the process exits this long after the signal. */
export const SHUTDOWN_BOUND_MS = 15_000;

export type ShutdownStep = () => Promise<void>;

interface ShutdownState {
  steps: Map<string, ShutdownStep>;
  handlersInstalled: boolean;
}

const holder = globalThis as typeof globalThis & { __beaconShutdown?: ShutdownState };
const state = (holder.__beaconShutdown ??= { steps: new Map(), handlersInstalled: false });

/**
 * Runs `step` when the process is told to stop (SIGTERM, SIGINT), beside the other steps, before it exits. The first
 * call installs the signal handlers; a second signal during shutdown kills the process at once (the default).
 */
export function onShutdown(name: string, step: ShutdownStep): void {
  state.steps.set(name, step);
  if (state.handlersInstalled) return;
  state.handlersInstalled = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      console.log(`[beacon] ${signal}: shutting down`);
      void runShutdownSteps(state.steps).then(() => process.exit(0));
    });
  }
}

/**
 * Runs the steps side by side and resolves when all are over or `boundMs` has passed, whichever is first. A step
 * that fails or overruns is logged; it never keeps the others from running.
 */
export async function runShutdownSteps(
  steps: Map<string, ShutdownStep>,
  { boundMs = SHUTDOWN_BOUND_MS, log = console.log }: { boundMs?: number; log?: (line: string) => void } = {},
): Promise<void> {
  const startedAt = Date.now();
  const pending = new Set(steps.keys());
  const runs = [...steps].map(async ([name, step]) => {
    try {
      await step();
      log(`[beacon] shutdown: ${name} stopped (${Date.now() - startedAt} ms)`);
    } catch (error) {
      log(`[beacon] shutdown: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      pending.delete(name);
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, boundMs)));
  await Promise.race([Promise.all(runs), bound]);
  clearTimeout(timer);
  if (pending.size > 0) log(`[beacon] shutdown: gave up after ${boundMs} ms on ${[...pending].join(", ")}`);
}
