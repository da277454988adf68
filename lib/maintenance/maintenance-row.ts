import "server-only";
import { conflict, fieldInvalid, type MutationFailure } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import type { Prisma, ScheduledMaintenance } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const MAINTENANCE_CHANGED = "The maintenance changed since you loaded it; reload and try again";

export function maintenanceChanged(): MutationFailure {
  return conflict(MAINTENANCE_CHANGED);
}

/**
 * Reads the maintenance with its row locked until the transaction ends, so admins and the scheduler writing to
 * the same maintenance take turns and each sees the other's change. Null when there is no such maintenance.
 */
export async function lockMaintenance(tx: Tx, maintenanceId: string): Promise<ScheduledMaintenance | null> {
  if (!(await lockRowById(tx, "ScheduledMaintenance", maintenanceId))) return null;
  return tx.scheduledMaintenance.findUniqueOrThrow({ where: { id: maintenanceId } });
}

/**
 * Checks every componentId names a component, holding them (FOR SHARE) so none is deleted before the
 * maintenance links to it. Fails on the first that names no component.
 */
export async function holdComponents(tx: Tx, componentIds: readonly string[]): Promise<MutationFailure | null> {
  if (componentIds.length === 0) return null;
  const ids = [...new Set(componentIds)].sort();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Component" WHERE id = ANY(${ids}) ORDER BY id FOR SHARE`;
  const found = new Set(rows.map((row) => row.id));
  const unknown = componentIds.findIndex((id) => !found.has(id));
  return unknown >= 0 ? fieldInvalid(`componentIds.${unknown}`, "componentId names no component") : null;
}
