import "server-only";
import { firstHeartbeatDeadline } from "./heartbeat-token";

/**
 * When a new, edited or resumed monitor is next due: a check monitor at once; a heartbeat monitor gets a fresh
 * interval plus grace, so an edit never marks it missed before the service could push.
 */
export function nextCheckAfterChange(now: Date, monitor: { kind: string; intervalSeconds: number; timeoutMs: number }): Date {
  return monitor.kind === "heartbeat" ? firstHeartbeatDeadline(now, monitor) : now;
}
