import "server-only";
import type { Incident, Prisma } from "@/lib/generated/prisma/client";

/** A person took the incident over: monitors and alert integrations stop writing to it. */
export async function takeOverIncident(tx: Prisma.TransactionClient, incident: Incident): Promise<Incident> {
  if (!incident.monitorManaged && !incident.alertManaged) return incident;
  return tx.incident.update({ where: { id: incident.id }, data: { monitorManaged: false, alertManaged: false } });
}
