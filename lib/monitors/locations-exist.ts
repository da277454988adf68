import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The first chosen location id that names no usable (unrevoked) probe location, or null. */
export async function findUnknownLocation(tx: Prisma.TransactionClient, locationIds: readonly string[]): Promise<string | null> {
  if (locationIds.length === 0) return null;
  const found = await tx.probeLocation.findMany({ where: { id: { in: [...locationIds] }, revokedAt: null }, select: { id: true } });
  const known = new Set(found.map((l) => l.id));
  return locationIds.find((id) => !known.has(id)) ?? null;
}
