import { componentStatusFromMonitors } from "@/lib/components/status-from-monitors";
import type { ComponentStatus, MonitorState } from "@/lib/generated/prisma/enums";

// Pure decisions: a monitor's state after a check, and what its component's status should become.

export interface MonitorCounters {
  state: MonitorState;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  failureThreshold: number;
  recoveryThreshold: number;
  degradedThresholdMs: number | null;
  firstFailureAt: Date | null;
}

export interface CheckResult {
  ok: boolean;
  /** Up, with a notice that counts as degraded (a TLS certificate about to expire). */
  degraded?: boolean;
  responseTimeMs: number | null;
  startedAt: Date;
}

/** A change the component has to hear about; null while the monitor's state holds (or first turns up). */
export type MonitorTransition = "down" | "degraded" | "recovered" | null;

export interface NextMonitorState {
  state: MonitorState;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  /** The first failed check of the current run of failures (time to detect starts here). */
  firstFailureAt: Date | null;
  transition: MonitorTransition;
}

/** Up, slower than the degraded threshold, or failed. */
export function classifyCheck(check: CheckResult, degradedThresholdMs: number | null): "up" | "slow" | "down" {
  if (!check.ok) return "down";
  if (check.degraded) return "slow";
  const slow = degradedThresholdMs !== null && check.responseTimeMs !== null && check.responseTimeMs > degradedThresholdMs;
  return slow ? "slow" : "up";
}

/**
 * N failed or slow checks in a row (N = failureThreshold) turn the monitor down (or degraded when the latest
 * was merely slow, and it was not down already); M good checks in a row (recoveryThreshold) bring it back up.
 */
export function nextMonitorState(current: MonitorCounters, check: CheckResult): NextMonitorState {
  const kind = classifyCheck(check, current.degradedThresholdMs);
  if (kind === "up") {
    const successes = current.consecutiveSuccesses + 1;
    const failing = current.state === "down" || current.state === "degraded";
    if (failing && successes < current.recoveryThreshold) {
      return { ...keep(current), consecutiveFailures: 0, consecutiveSuccesses: successes, transition: null };
    }
    const transition = failing ? "recovered" : null;
    return { state: "up", consecutiveFailures: 0, consecutiveSuccesses: successes, firstFailureAt: null, transition };
  }

  const failures = current.consecutiveFailures + 1;
  const firstFailureAt = current.consecutiveFailures === 0 ? check.startedAt : (current.firstFailureAt ?? check.startedAt);
  const counters = { consecutiveFailures: failures, consecutiveSuccesses: 0, firstFailureAt };
  if (failures < current.failureThreshold) {
    // Not yet an outage: a monitor that was up stays up, and an outage's start is remembered.
    return { state: current.state, ...counters, transition: null };
  }
  const state: MonitorState = kind === "down" || current.state === "down" ? "down" : "degraded";
  return { state, ...counters, transition: state === current.state ? null : state };
}

function keep(current: MonitorCounters) {
  return { state: current.state, firstFailureAt: current.firstFailureAt };
}

/**
 * What the component's status becomes after a monitor transition, or null to leave it: an admin's manual status
 * and maintenance win, and recovery only undoes what monitors set (a partial outage an admin posted stays).
 */
export function nextComponentStatus(component: {
  status: ComponentStatus;
  manualStatus: boolean;
  monitorStates: readonly MonitorState[];
}): ComponentStatus | null {
  if (component.manualStatus || component.status === "under_maintenance") return null;
  const wanted = componentStatusFromMonitors(component.monitorStates);
  if (wanted === component.status) return null;
  if (wanted === "operational" && component.status !== "major_outage" && component.status !== "degraded_performance") return null;
  return wanted;
}
