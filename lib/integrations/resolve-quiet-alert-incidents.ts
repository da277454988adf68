import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { takeOutageLock } from "@/lib/monitor-runner/component-transition";
import { postAlertUpdate } from "./alert-incident";
import { integrationActor } from "./integration-actor";

/**
 * Resolves each alert incident that has been in "monitoring" for the quiet period with none of its alert groups
 * firing again, as monitors resolve theirs (BEACON_MONITOR_QUIET_PERIOD_SECONDS). Returns the resolved ids.
 */
export async function resolveQuietAlertIncidents(prisma: PrismaClient, now: Date, quietPeriodSeconds: number): Promise<string[]> {
  const candidates = await prisma.incident.findMany({
    where: { alertManaged: true, status: "monitoring" },
    select: { id: true },
    take: 100,
  });
  const resolved: string[] = [];
  for (const { id } of candidates) {
    const done = await prisma.$transaction(
      async (db) => {
        await takeOutageLock(db);
        const incident = await db.incident.findUnique({ where: { id }, include: { alertGroups: { include: { integration: true } } } });
        if (!incident?.alertManaged || incident.status !== "monitoring") return false;
        if (incident.alertGroups.some((g) => Object.keys(g.firing as object).length > 0)) return false;
        const latest = await db.incidentUpdate.findFirst({ where: { incidentId: id }, orderBy: { displayAt: "desc" } });
        if (!latest || now.getTime() - latest.displayAt.getTime() < quietPeriodSeconds * 1000) return false;
        const integration = incident.alertGroups[0]?.integration;
        const actor = integration ? integrationActor(integration) : { type: "system" as const, id: null, label: "Beacon alerts" };
        const minutes = Math.round(quietPeriodSeconds / 60);
        const quiet = minutes >= 1 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : `${quietPeriodSeconds} seconds`;
        await postAlertUpdate({ actor, db, now }, id, "resolved", `No alert has fired for ${quiet}. This incident has been resolved.`, []);
        return true;
      },
      { timeout: 15_000 },
    );
    if (done) resolved.push(id);
  }
  return resolved;
}
