import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findOpenMonitorIncident, postMonitorIncidentUpdate } from "./auto-incident";
import { takeOutageLock } from "./component-transition";

/**
 * Resolves the monitor incident once it has been in "monitoring" for the quiet period with every affected
 * component's monitors up. Returns the resolved incident's id, or null.
 */
export async function resolveQuietIncidents(prisma: PrismaClient, now: Date, quietPeriodSeconds: number): Promise<string | null> {
  return prisma.$transaction(
    async (tx) => {
      await takeOutageLock(tx);
      const open = await findOpenMonitorIncident(tx);
      if (!open || open.status !== "monitoring") return null;
      const latest = await tx.incidentUpdate.findFirst({ where: { incidentId: open.id }, orderBy: { displayAt: "desc" } });
      if (!latest || now.getTime() - latest.displayAt.getTime() < quietPeriodSeconds * 1000) return null;
      const failing = await tx.monitor.count({
        where: { enabled: true, state: { in: ["down", "degraded"] }, component: { incidents: { some: { incidentId: open.id } } } },
      });
      if (failing > 0) return null;
      const minutes = Math.round(quietPeriodSeconds / 60);
      const quiet = minutes >= 1 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : `${quietPeriodSeconds} seconds`;
      await postMonitorIncidentUpdate(
        tx,
        open.id,
        "resolved",
        `Health checks have passed for ${quiet}. This incident has been resolved.`,
        [],
        now,
      );
      return open.id;
    },
    { timeout: 15_000 },
  );
}
