// Next bundles route code and instrumentation separately, each with its own copy of every module; globalThis
// keeps one running instance of each background job per process.

interface Stoppable {
  stop(): Promise<void>;
}

const holder = globalThis as typeof globalThis & { __beaconJobs?: Map<string, Stoppable> };
const running = (holder.__beaconJobs ??= new Map());

/** Starts `key` unless this process already runs it; false when it did. */
export function startOncePerProcess(key: string, start: () => Stoppable): boolean {
  if (running.has(key)) return false;
  running.set(key, start());
  return true;
}

/** Stops this process's `key`, if it runs, and waits until it has stopped. */
export async function stopInProcess(key: string): Promise<void> {
  const job = running.get(key);
  running.delete(key);
  await job?.stop();
}
