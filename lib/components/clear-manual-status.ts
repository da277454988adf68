import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getPrisma } from "@/lib/db/boot";
import type { Component } from "@/lib/generated/prisma/client";
import { notFound, succeeded, type MutationResult } from "@/lib/incidents/errors";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { componentStatusFromMonitors } from "@/lib/monitor-runner/next-monitor-state";

/**
 * Hands a component's status back to its monitors: clears the manual flag and, when it has monitors, sets the
 * status they report (cause "monitor"). `componentRef` is the id or the slug.
 */
export async function clearManualStatus(actor: Actor, componentRef: string): Promise<MutationResult<Component>> {
  const prisma = await getPrisma();
  return prisma.$transaction(
    async (tx): Promise<MutationResult<Component>> => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Component" WHERE id = ${componentRef} OR slug = ${componentRef}
        ORDER BY (id = ${componentRef}) DESC LIMIT 1 FOR UPDATE`;
      if (locked.length === 0) return notFound("No component has that id or slug");
      const before = await tx.component.findUniqueOrThrow({
        where: { id: locked[0].id },
        include: { monitors: { where: { enabled: true }, select: { state: true } } },
      });
      const { monitors, ...beforeRow } = before;
      if (!before.manualStatus) return succeeded(beforeRow);
      const status = monitors.length > 0 ? componentStatusFromMonitors(monitors.map((m) => m.state)) : before.status;
      const changedAt = new Date();
      const component = await tx.component.update({ where: { id: before.id }, data: { manualStatus: false, status } });
      if (status !== before.status) {
        await tx.componentStatusChange.create({ data: { componentId: before.id, status, changedAt, cause: "monitor" } });
        await enqueueNotifications(tx, { type: "component.status_changed", component, oldStatus: before.status });
      }
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
