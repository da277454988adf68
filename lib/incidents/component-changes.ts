import "server-only";
import { type ComponentStatusMove, writeComponentStatus } from "@/lib/components/write-status";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import { lockRows } from "@/lib/core/row-lock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import type { ComponentStatusChangeInput } from "./schema";

type Tx = Prisma.TransactionClient;

export type LockedComponents = { ok: true; statuses: Map<string, ComponentStatus> } | MutationFailure;

/**
 * Locks the components an update names and reads their statuses, so concurrent updates record true old statuses.
 * Fails on the first componentId that names no component.
 */
export async function lockComponents(tx: Tx, requested: readonly ComponentStatusChangeInput[]): Promise<LockedComponents> {
  const statuses = new Map<string, ComponentStatus>();
  if (requested.length === 0) return { ok: true, statuses };
  // lockRows locks in id order in every transaction, so two updates never deadlock.
  const locked = await lockRows(
    tx,
    "Component",
    requested.map((c) => c.componentId),
  );
  const rows = await tx.component.findMany({ where: { id: { in: [...locked] } }, select: { id: true, status: true } });
  for (const row of rows) statuses.set(row.id, row.status);
  const unknown = requested.findIndex((c) => !statuses.has(c.componentId));
  if (unknown >= 0) return fieldInvalid(`componentStatuses.${unknown}.componentId`, "componentId names no component");
  return { ok: true, statuses };
}

/** The incident's affected components that are not operational, as changes back to operational. */
export async function changesRestoringAffectedComponents(tx: Tx, incidentId: string): Promise<ComponentStatusChangeInput[]> {
  const links = await tx.incidentComponent.findMany({
    where: { incidentId, component: { status: { not: "operational" } } },
    select: { componentId: true },
  });
  return links.map((link) => ({ componentId: link.componentId, status: "operational" }));
}

/**
 * Links every named component to the incident and, for each whose status changes, records the change on the
 * update, sets the component's status and appends it to the component's history (dated at the update's displayAt).
 */
export async function applyComponentChanges(
  tx: Tx,
  target: {
    incidentId: string;
    updateId: string;
    displayAt: Date;
    requested: readonly ComponentStatusChangeInput[];
    statuses: ReadonlyMap<string, ComponentStatus>;
  },
): Promise<ComponentStatusMove[]> {
  const { incidentId, updateId, displayAt, requested, statuses } = target;
  if (requested.length === 0) return [];
  await tx.incidentComponent.createMany({
    data: requested.map((c) => ({ incidentId, componentId: c.componentId })),
    skipDuplicates: true,
  });

  const changes = requested
    .filter((c) => statuses.get(c.componentId) !== c.status)
    .map((c) => ({ componentId: c.componentId, oldStatus: statuses.get(c.componentId)!, newStatus: c.status }))
    .sort((a, b) => a.componentId.localeCompare(b.componentId));
  if (changes.length === 0) return [];

  await tx.incidentUpdateComponent.createMany({ data: changes.map((c) => ({ updateId, ...c })) });
  for (const change of changes) {
    await writeComponentStatus(tx, change, { cause: "incident", changedAt: displayAt, incidentId });
  }
  return changes;
}
