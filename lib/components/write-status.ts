import "server-only";
import type { Component, ComponentStatus, Prisma } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";

export interface ComponentStatusMove {
  componentId: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
}

/** Why the status moves and when, as the component's history records it. */
export type StatusMoveReason =
  | { cause: "manual" | "monitor"; changedAt: Date; manualStatus?: boolean }
  /** A vendor's page moved a mirrored component; subscribers hear of it only when the admin opted that vendor in. */
  | { cause: "upstream"; changedAt: Date; notifySubscribers: boolean }
  | { cause: "incident"; changedAt: Date; incidentId: string }
  | { cause: "maintenance"; changedAt: Date; maintenanceId: string };

/**
 * The one writer of a component's status (the caller holds the component's row lock). When the status changes,
 * its history entry is written in the same transaction, and so is the subscribers' notification for a change made
 * outside any incident or maintenance: an incident's or a maintenance's own update already tells subscribers, so
 * they are not told twice. `manualStatus` is set when given.
 */
export async function writeComponentStatus(
  tx: Prisma.TransactionClient,
  move: ComponentStatusMove,
  reason: StatusMoveReason,
): Promise<Component> {
  const { componentId, oldStatus, newStatus: status } = move;
  const manualStatus = "manualStatus" in reason ? reason.manualStatus : undefined;
  const component = await tx.component.update({
    where: { id: componentId },
    data: manualStatus === undefined ? { status } : { status, manualStatus },
  });
  if (status === oldStatus) return component;
  await tx.componentStatusChange.create({
    data: {
      componentId,
      status,
      changedAt: reason.changedAt,
      cause: reason.cause,
      incidentId: reason.cause === "incident" ? reason.incidentId : null,
      maintenanceId: reason.cause === "maintenance" ? reason.maintenanceId : null,
    },
  });
  if (reason.cause === "manual" || reason.cause === "monitor" || (reason.cause === "upstream" && reason.notifySubscribers)) {
    await enqueueNotifications(tx, { type: "component.status_changed", component, oldStatus });
  }
  return component;
}
