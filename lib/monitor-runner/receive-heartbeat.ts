import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { firstHeartbeatDeadline, hashHeartbeatToken, isWellFormedHeartbeatToken } from "@/lib/monitors/heartbeat-token";
import { endDeploy, setStatusByMonitors, takeOutageLock } from "./component-transition";
import { recordCheck } from "./record-check";

/** A plain ping says "alive"; a deploy pipeline says "deploying" before and "done" after. */
export type HeartbeatSignal = "alive" | "deploying" | "done";
export type HeartbeatReceipt = { ok: true; monitorId: string } | { ok: false; code: "not_found" | "paused" };

/**
 * Records a heartbeat: "alive" is a good check and moves the deadline one interval on; "deploying" puts the
 * component under maintenance and "done" returns it to what its monitors say (both recorded as a noted check).
 */
export async function receiveHeartbeat(
  prisma: PrismaClient,
  token: string,
  signal: HeartbeatSignal,
  now = new Date(),
): Promise<HeartbeatReceipt> {
  if (!isWellFormedHeartbeatToken(token)) return { ok: false, code: "not_found" };
  const monitor = await prisma.monitor.findUnique({ where: { heartbeatTokenHash: hashHeartbeatToken(token) } });
  if (!monitor || monitor.kind !== "heartbeat") return { ok: false, code: "not_found" };
  if (!monitor.enabled) return { ok: false, code: "paused" };
  const nextCheckAt = firstHeartbeatDeadline(now, monitor);

  if (signal === "alive") {
    const outcome = { ok: true, responseTimeMs: null, statusCode: null, error: null };
    await recordCheck(prisma, { monitorId: monitor.id, dueAt: now, startedAt: now, outcome, nextCheckAt }, now);
    return { ok: true, monitorId: monitor.id };
  }

  await prisma.$transaction(
    async (tx) => {
      await tx.monitorCheck.create({ data: { monitorId: monitor.id, dueAt: now, startedAt: now, ok: true, note: signal } });
      await tx.monitor.update({ where: { id: monitor.id }, data: { nextCheckAt, lastCheckAt: now } });
      if (signal === "done") return endDeploy(tx, monitor.componentId, now);
      await takeOutageLock(tx);
      const component = await tx.component.findUniqueOrThrow({ where: { id: monitor.componentId }, select: { manualStatus: true } });
      // An admin's status wins until cleared.
      if (!component.manualStatus) await setStatusByMonitors(tx, monitor.componentId, "under_maintenance", now);
    },
    { timeout: 15_000 },
  );
  return { ok: true, monitorId: monitor.id };
}
