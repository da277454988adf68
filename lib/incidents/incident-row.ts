import "server-only";
import { lockRowById } from "@/lib/core/row-lock";
import { nextUpdatedAt } from "@/lib/core/updated-at";
import type { Incident, Prisma } from "@/lib/generated/prisma/client";
import { deriveIncidentStatus } from "./derive-incident-status";

type Tx = Prisma.TransactionClient;

/**
 * Reads the incident with its row locked until the transaction ends, so admins writing to the same incident
 * at once take turns and each sees the other's update. Null when there is no such incident.
 */
export async function lockIncident(tx: Tx, incidentId: string): Promise<Incident | null> {
  if (!(await lockRowById(tx, "Incident", incidentId))) return null;
  return tx.incident.findUniqueOrThrow({ where: { id: incidentId } });
}

/**
 * Re-derives the incident's status and milestones from all its updates and saves them, with a postmortem when
 * one is being published; `incident` is the locked row.
 */
export async function refreshIncidentStatus(
  tx: Tx,
  incident: Incident,
  postmortem?: { body: string; publishedAt: Date },
): Promise<Incident> {
  const updates = await tx.incidentUpdate.findMany({
    where: { incidentId: incident.id },
    select: { status: true, displayAt: true, createdAt: true },
  });
  const postmortemPublished = postmortem !== undefined || incident.postmortemPublishedAt !== null;
  const derived = deriveIncidentStatus(updates, { postmortemPublished });
  return tx.incident.update({
    where: { id: incident.id },
    data: {
      ...derived,
      ...(postmortem ? { postmortemBody: postmortem.body, postmortemPublishedAt: postmortem.publishedAt } : {}),
      updatedAt: nextUpdatedAt(incident.updatedAt),
    },
  });
}
