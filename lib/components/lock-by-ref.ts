import "server-only";
import { lockRowById } from "@/lib/core/row-lock";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Locks the component named by id or slug (an id match wins) for the rest of the transaction; null when none. */
export async function lockComponentByRef(tx: Prisma.TransactionClient, componentRef: string): Promise<string | null> {
  const found =
    (await tx.component.findUnique({ where: { id: componentRef }, select: { id: true } })) ??
    (await tx.component.findUnique({ where: { slug: componentRef }, select: { id: true } }));
  if (!found) return null;
  return (await lockRowById(tx, "Component", found.id)) ? found.id : null;
}
