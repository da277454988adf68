import "server-only";

// An enqueue wakes this process's worker at once instead of at its next 2 s poll. The enqueue runs inside a
// transaction that has not committed yet, so the worker looks again shortly after, not immediately.

type Listener = () => void;
const holder = globalThis as typeof globalThis & { __beaconNotificationWake?: Set<Listener> };
const listeners = (holder.__beaconNotificationWake ??= new Set());

export function onNotificationEnqueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyEnqueued(): void {
  for (const listener of listeners) listener();
}
