import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listReachOfSession } from "./list-reach";
import { componentsOn, incidentsOn, maintenancesOn } from "./where";

/**
 * The audit entries a limited editor reads: about the incidents, maintenance and components their lists hold, and
 * their own. Anything else (other pages' records, admins, tokens, settings) may name what their pages don't show.
 * Undefined for everyone else: the whole log.
 */
export async function auditEntriesOf(admin: { userId: string; role: string }): Promise<Prisma.AuditLogWhereInput | undefined> {
  const { reaches } = await listReachOfSession(admin, undefined);
  if (reaches.length === 0) return undefined;
  const prisma = await getPrisma();
  const idsOf = (rows: { id: string }[]) => ({ in: rows.map((row) => row.id) });
  const [incidents, maintenances, components, tokens] = await Promise.all([
    prisma.incident.findMany({ where: incidentsOn(reaches), select: { id: true } }),
    prisma.scheduledMaintenance.findMany({ where: maintenancesOn(reaches), select: { id: true } }),
    prisma.component.findMany({ where: componentsOn(reaches), select: { id: true } }),
    prisma.apiToken.findMany({ where: { createdById: admin.userId }, select: { id: true } }),
  ]);
  return {
    OR: [
      { actorType: "user", actorId: admin.userId },
      { actorType: "token", actorId: idsOf(tokens) },
      { entityType: "incident", entityId: idsOf(incidents) },
      { entityType: "maintenance", entityId: idsOf(maintenances) },
      { entityType: "component", entityId: idsOf(components) },
    ],
  };
}
