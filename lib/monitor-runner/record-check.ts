import "server-only";
import { lockRowById } from "@/lib/core/row-lock";
import type { MonitorCheck, PrismaClient } from "@/lib/generated/prisma/client";
import { countMonitorCheck } from "@/lib/telemetry/metrics";
import type { CheckOutcome } from "./check-outcome";
import { applyMonitorTransition } from "./component-transition";
import { nextMonitorState } from "./next-monitor-state";

export interface CheckToRecord {
  monitorId: string;
  dueAt: Date;
  startedAt: Date;
  outcome: CheckOutcome;
  /** Heartbeats move their own deadline on every ping. */
  nextCheckAt?: Date;
}

/**
 * Stores one check and what follows from it, in one transaction: the monitor's counters and state and, when it
 * went down, degraded or recovered, its component's status and the outage incident. Null if the monitor is gone.
 */
export async function recordCheck(prisma: PrismaClient, check: CheckToRecord, now = new Date()): Promise<MonitorCheck | null> {
  const { monitorId, dueAt, startedAt, outcome } = check;
  let kind: string | undefined;
  const saved = await prisma.$transaction(
    async (tx) => {
      // Locked so a heartbeat ping and the scheduler's missed-heartbeat check count in turn.
      const locked = await lockRowById(tx, "Monitor", monitorId);
      if (!locked) return null;
      const monitor = await tx.monitor.findUniqueOrThrow({ where: { id: monitorId } });
      kind = monitor.kind;
      const saved = await tx.monitorCheck.create({
        data: {
          monitorId,
          dueAt,
          startedAt,
          ok: outcome.ok,
          responseTimeMs: outcome.responseTimeMs,
          statusCode: outcome.statusCode,
          error: outcome.error ?? outcome.degraded ?? null,
        },
      });
      const degraded = Boolean(outcome.degraded);
      const next = nextMonitorState(monitor, { ok: outcome.ok, degraded, responseTimeMs: outcome.responseTimeMs, startedAt });
      await tx.monitor.update({
        where: { id: monitorId },
        data: {
          state: next.state,
          consecutiveFailures: next.consecutiveFailures,
          consecutiveSuccesses: next.consecutiveSuccesses,
          firstFailureAt: next.firstFailureAt,
          lastCheckAt: startedAt,
          lastError: outcome.error ?? outcome.degraded ?? null,
          ...(outcome.tlsExpiresAt ? { tlsExpiresAt: outcome.tlsExpiresAt } : {}),
          ...(check.nextCheckAt ? { nextCheckAt: check.nextCheckAt } : {}),
        },
      });
      if (next.transition) {
        const slow = outcome.ok && outcome.responseTimeMs !== null ? `${outcome.responseTimeMs} ms responses` : null;
        await applyMonitorTransition(tx, {
          componentId: monitor.componentId,
          reason: outcome.error ?? outcome.degraded ?? slow,
          firstFailureAt: next.firstFailureAt,
          now,
        });
      }
      return saved;
    },
    { timeout: 15_000 },
  );
  // A pushed heartbeat is never late; a scheduled check's lag is how long after its due time it started.
  if (saved && kind) countMonitorCheck(kind, outcome.ok, kind === "heartbeat" ? undefined : startedAt.getTime() - dueAt.getTime());
  return saved;
}
