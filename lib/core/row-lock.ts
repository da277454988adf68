import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The tables whose rows mutations lock; a closed list, since the name goes into the SQL as an identifier. */
export type LockableTable =
  | "Component"
  | "ComponentGroup"
  | "Incident"
  | "IncidentTemplate"
  | "IncidentUpdate"
  | "Monitor"
  | "NotificationDelivery"
  | "PageSettings"
  | "ScheduledMaintenance";

/**
 * Locks the rows with these ids until the transaction ends (SELECT … FOR UPDATE) and returns the ids that exist.
 * The locks are taken in id order, so two transactions locking overlapping rows take turns and never deadlock.
 */
export async function lockRows(tx: Tx, table: LockableTable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  return new Set(rows.map((row) => row.id));
}

/** Locks one row until the transaction ends; false when there is no row with that id. */
export async function lockRowById(tx: Tx, table: LockableTable, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}
