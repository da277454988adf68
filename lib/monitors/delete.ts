import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import { type MonitorView, toMonitorView } from "./monitor-view";

/** Deletes a monitor with its checks and rollups; the component's status history stays. */
export async function deleteMonitor(actor: Actor, monitorId: string): Promise<MutationResult<MonitorView>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<MonitorView>> => {
    const before = await tx.monitor.findUnique({ where: { id: monitorId } });
    if (!before) return notFound("No such monitor");
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [before.componentId] });
    if (outside) return outside;
    await tx.monitor.delete({ where: { id: monitorId } });
    const view = toMonitorView(before);
    await recordAudit(tx, { actor, action: "monitor.delete", entityType: "monitor", entityId: monitorId, before: view, after: null });
    return succeeded(view);
  });
}
