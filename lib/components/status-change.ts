import "server-only";
import { lockRowById } from "@/lib/core/row-lock";
import type { Component, ComponentStatus, Prisma, StatusChangeCause } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";

type Tx = Prisma.TransactionClient;

/** Locks the component named by id or slug (an id match wins) for the rest of the transaction; null when none. */
export async function lockComponentByRef(tx: Tx, componentRef: string): Promise<string | null> {
  const found =
    (await tx.component.findUnique({ where: { id: componentRef }, select: { id: true } })) ??
    (await tx.component.findUnique({ where: { slug: componentRef }, select: { id: true } }));
  if (!found) return null;
  return (await lockRowById(tx, "Component", found.id)) ? found.id : null;
}

/**
 * Moves a component to `status` outside any incident. When the status changes, its history entry and the
 * subscribers' notification are written in the same transaction. `manualStatus` is set when given.
 */
export async function applyComponentStatus(
  tx: Tx,
  before: Component,
  status: ComponentStatus,
  { cause, changedAt, manualStatus }: { cause: StatusChangeCause; changedAt: Date; manualStatus?: boolean },
): Promise<Component> {
  const component = await tx.component.update({
    where: { id: before.id },
    data: manualStatus === undefined ? { status } : { status, manualStatus },
  });
  if (status !== before.status) {
    await tx.componentStatusChange.create({ data: { componentId: before.id, status, changedAt, cause } });
    await enqueueNotifications(tx, { type: "component.status_changed", component, oldStatus: before.status });
  }
  return component;
}
