import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { lockComponentByRef } from "./lock-by-ref";
import { componentStatusFromMonitors } from "./status-from-monitors";
import { writeComponentStatus } from "./write-status";

/**
 * Hands a component's status back to its monitors: clears the manual flag and, when it has monitors, sets the
 * status they report (cause "monitor"). `componentRef` is the id or the slug.
 */
export async function clearManualStatus(actor: Actor, componentRef: string): Promise<MutationResult<Component>> {
  const prisma = await getPrisma();
  return prisma.$transaction(
    async (tx): Promise<MutationResult<Component>> => {
      const componentId = await lockComponentByRef(tx, componentRef);
      if (componentId === null) return notFound("No component has that id or slug");
      const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [componentId] });
      if (outside) return outside;
      const before = await tx.component.findUniqueOrThrow({
        where: { id: componentId },
        include: { monitors: { where: { enabled: true }, select: { state: true } } },
      });
      const { monitors, ...beforeRow } = before;
      if (!before.manualStatus) return succeeded(beforeRow);
      const status = monitors.length > 0 ? componentStatusFromMonitors(monitors.map((m) => m.state)) : before.status;
      const component = await writeComponentStatus(
        tx,
        { componentId: before.id, oldStatus: before.status, newStatus: status },
        { cause: "monitor", changedAt: new Date(), manualStatus: false },
      );
      await recordAudit(tx, {
        actor,
        action: "component.status.clear_manual",
        entityType: "component",
        entityId: before.id,
        before: beforeRow,
        after: component,
      });
      return succeeded(component);
    },
    { timeout: 15_000 },
  );
}
