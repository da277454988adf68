import "server-only";
import { type ComponentStatusMove, writeComponentStatus } from "@/lib/components/write-status";
import { lockRows } from "@/lib/core/row-lock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { underwayMaintenanceStatus } from "./underway";

type Tx = Prisma.TransactionClient;

/** The maintenance's components, locked in id order (as incidents lock them) so concurrent writers never deadlock. */
async function lockMaintenanceComponents(tx: Tx, maintenanceId: string) {
  const links = await tx.maintenanceComponent.findMany({ where: { maintenanceId }, select: { componentId: true } });
  const locked = await lockRows(
    tx,
    "Component",
    links.map((link) => link.componentId),
  );
  return tx.component.findMany({ where: { id: { in: [...locked] } }, select: { id: true, status: true }, orderBy: { id: "asc" } });
}

/** Sets each component's status and appends it to the component's history, caused by this maintenance. */
async function applyChanges(tx: Tx, maintenanceId: string, at: Date, changes: ComponentStatusMove[]) {
  for (const change of changes) {
    await writeComponentStatus(tx, change, { cause: "maintenance", changedAt: at, maintenanceId });
  }
}

/** The work begins: every component of the maintenance goes under maintenance. */
export async function putComponentsUnderMaintenance(tx: Tx, maintenanceId: string, at: Date): Promise<ComponentStatusMove[]> {
  const components = await lockMaintenanceComponents(tx, maintenanceId);
  const changes = components
    .filter((c) => c.status !== "under_maintenance")
    .map((c) => ({ componentId: c.id, oldStatus: c.status, newStatus: "under_maintenance" as const }));
  await applyChanges(tx, maintenanceId, at, changes);
  return changes;
}

/**
 * The work is over: each component still under maintenance returns to the status it had when the maintenance
 * started, read from its history (operational when unknown). A component someone has since set to another status
 * keeps it, and one that another maintenance still has underway stays under maintenance until that one finishes.
 */
export async function restoreComponentsAfterMaintenance(
  tx: Tx,
  maintenance: { id: string; startedAt: Date | null },
  at: Date,
): Promise<ComponentStatusMove[]> {
  const components = (await lockMaintenanceComponents(tx, maintenance.id)).filter((c) => c.status === "under_maintenance");
  if (components.length === 0) return [];
  const heldElsewhere = await tx.maintenanceComponent.findMany({
    where: {
      componentId: { in: components.map((c) => c.id) },
      maintenanceId: { not: maintenance.id },
      maintenance: { status: underwayMaintenanceStatus() },
    },
    select: { componentId: true },
  });
  const held = new Set(heldElsewhere.map((h) => h.componentId));

  const changes: ComponentStatusMove[] = [];
  for (const component of components.filter((c) => !held.has(c.id))) {
    const newStatus = await statusBeforeMaintenance(tx, component.id, maintenance.startedAt ?? at);
    if (newStatus !== component.status) changes.push({ componentId: component.id, oldStatus: component.status, newStatus });
  }
  await applyChanges(tx, maintenance.id, at, changes);
  return changes;
}

/**
 * The component's last status up to `startedAt`, skipping any maintenance's own "under maintenance" entries
 * (this one's, or an overlapping one's), so the status the work interrupted comes back.
 */
async function statusBeforeMaintenance(tx: Tx, componentId: string, startedAt: Date): Promise<ComponentStatus> {
  const previous = await tx.componentStatusChange.findFirst({
    where: { componentId, changedAt: { lte: startedAt }, NOT: { cause: "maintenance", status: "under_maintenance" } },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    select: { status: true },
  });
  return previous?.status ?? "operational";
}
