import "server-only";
import type { MonitorPlacement, Prisma } from "@/lib/generated/prisma/client";

/**
 * Makes the monitor's assignments match its placement: none when built-in, every location when "all", the chosen
 * ones otherwise. New assignments start at `firstDueAt`, all together, so every location's rounds share due times.
 */
export async function placeMonitor(
  tx: Prisma.TransactionClient,
  monitorId: string,
  placement: MonitorPlacement,
  locationIds: readonly string[],
  firstDueAt: Date,
): Promise<void> {
  const wanted =
    placement === "builtin"
      ? []
      : placement === "all"
        ? (await tx.probeLocation.findMany({ where: { revokedAt: null }, select: { id: true } })).map((l) => l.id)
        : [...new Set(locationIds)];
  await tx.probeAssignment.deleteMany({ where: { monitorId, locationId: { notIn: wanted } } });
  // A changed monitor starts again: every location on the same first due time.
  await tx.probeAssignment.updateMany({ where: { monitorId }, data: { nextCheckAt: firstDueAt, leasedDueAt: null, leaseExpiresAt: null } });
  if (wanted.length > 0) {
    await tx.probeAssignment.createMany({
      data: wanted.map((locationId) => ({ monitorId, locationId, nextCheckAt: firstDueAt })),
      skipDuplicates: true,
    });
  }
}
