import "server-only";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A failure naming the first id that is no component, or null when every id names one. */
export async function unknownComponent(tx: Prisma.TransactionClient, componentIds: string[]): Promise<MutationFailure | null> {
  if (componentIds.length === 0) return null;
  const found = await tx.component.findMany({ where: { id: { in: componentIds } }, select: { id: true } });
  const known = new Set(found.map((c) => c.id));
  const index = componentIds.findIndex((id) => !known.has(id));
  return index === -1 ? null : fieldInvalid(`componentIds.${index}`, "componentIds names no component");
}
