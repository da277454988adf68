import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import { type MonitorView, toMonitorView } from "./monitor-view";
import { nextCheckAfterChange } from "./next-check";

/** Pauses (no checks run) or resumes a monitor; a resumed monitor is due at once and starts from a fresh streak. */
export async function setMonitorEnabled(
  actor: Actor,
  monitorId: string,
  enabled: boolean,
  now = new Date(),
): Promise<MutationResult<MonitorView>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<MonitorView>> => {
    const before = await tx.monitor.findUnique({ where: { id: monitorId } });
    if (!before) return notFound("No such monitor");
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [before.componentId] });
    if (outside) return outside;
    if (before.enabled === enabled) return succeeded(toMonitorView(before));
    const after = await tx.monitor.update({
      where: { id: monitorId },
      data: enabled
        ? { enabled, nextCheckAt: nextCheckAfterChange(now, before), consecutiveFailures: 0, consecutiveSuccesses: 0 }
        : { enabled },
    });
    const view = toMonitorView(after);
    await recordAudit(tx, {
      actor,
      action: enabled ? "monitor.resume" : "monitor.pause",
      entityType: "monitor",
      entityId: monitorId,
      before: toMonitorView(before),
      after: view,
    });
    return succeeded(view);
  });
}
