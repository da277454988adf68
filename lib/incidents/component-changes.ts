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

/** The incident's affected components that are not operational (in the draft's own view for a draft), as changes back to operational. */
export async function changesRestoringAffectedComponents(tx: Tx, incidentId: string, draft = false): Promise<ComponentStatusChangeInput[]> {
  if (draft) {
    const links = await tx.incidentComponent.findMany({
      where: { incidentId },
      select: { componentId: true, component: { select: { status: true } } },
    });
    const pending = await draftComponentStatuses(tx, incidentId, new Map(links.map((l) => [l.componentId, l.component.status])));
    return [...pending].filter(([, status]) => status !== "operational").map(([componentId]) => ({ componentId, status: "operational" }));
  }
  const links = await tx.incidentComponent.findMany({
    where: { incidentId, component: { status: { not: "operational" } } },
    select: { componentId: true },
  });
  return links.map((link) => ({ componentId: link.componentId, status: "operational" }));
}

/**
 * A draft writes no component status (nothing public moves before it is published): its updates only record the
 * changes they ask for. This is each component's status as the draft sees it: the latest change its updates
 * recorded, else the component's real status.
 */
export async function draftComponentStatuses(
  tx: Tx,
  incidentId: string,
  statuses: ReadonlyMap<string, ComponentStatus>,
): Promise<Map<string, ComponentStatus>> {
  const pending = new Map(statuses);
  const recorded = await tx.incidentUpdateComponent.findMany({
    where: { update: { incidentId }, componentId: { in: [...statuses.keys()] } },
    select: { componentId: true, newStatus: true, update: { select: { displayAt: true, createdAt: true } } },
  });
  recorded.sort(
    (a, b) => a.update.displayAt.getTime() - b.update.displayAt.getTime() || a.update.createdAt.getTime() - b.update.createdAt.getTime(),
  );
  for (const change of recorded) pending.set(change.componentId, change.newStatus);
  return pending;
}

/**
 * Publishing a draft: every affected component takes the status the draft's updates asked for last, now (the
 * component's history dates the move at publication, when the public first sees it).
 */
export async function applyDraftComponentStatuses(tx: Tx, incidentId: string, now: Date): Promise<ComponentStatusMove[]> {
  const links = await tx.incidentComponent.findMany({ where: { incidentId }, select: { componentId: true } });
  const locked = await lockComponents(
    tx,
    links.map((l) => ({ componentId: l.componentId, status: "operational" as const })),
  );
  if (!locked.ok) return [];
  const pending = await draftComponentStatuses(tx, incidentId, locked.statuses);
  const moves: ComponentStatusMove[] = [];
  for (const [componentId, newStatus] of pending) {
    const oldStatus = locked.statuses.get(componentId)!;
    if (oldStatus === newStatus) continue;
    const move = { componentId, oldStatus, newStatus };
    await writeComponentStatus(tx, move, { cause: "incident", changedAt: now, incidentId });
    moves.push(move);
  }
  return moves;
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
    /** A draft records the changes on its update but moves no component (see draftComponentStatuses). */
    draft: boolean;
  },
): Promise<ComponentStatusMove[]> {
  const { incidentId, updateId, displayAt, requested, draft } = target;
  const statuses = draft ? await draftComponentStatuses(tx, incidentId, target.statuses) : target.statuses;
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
  if (draft) return changes;
  for (const change of changes) {
    await writeComponentStatus(tx, change, { cause: "incident", changedAt: displayAt, incidentId });
  }
  return changes;
}
