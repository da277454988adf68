import "server-only";
import type { Incident, Prisma } from "@/lib/generated/prisma/client";
import { deriveIncidentStatus } from "./derive-incident-status";

type Tx = Prisma.TransactionClient;

/**
 * Reads the incident with its row locked until the transaction ends, so admins writing to the same incident
 * at once take turns and each sees the other's update. Null when there is no such incident.
 */
export async function lockIncident(tx: Tx, incidentId: string): Promise<Incident | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Incident" WHERE id = ${incidentId} FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.incident.findUniqueOrThrow({ where: { id: incidentId } });
}

/** True when `expected` (what the admin loaded) is no longer the record's updatedAt. */
export function isStale(updatedAt: Date, expected: Date | undefined): boolean {
  return expected !== undefined && expected.getTime() !== updatedAt.getTime();
}

/** A new updatedAt that differs from the old one even within the same millisecond, so stale forms are always caught. */
export function nextUpdatedAt(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
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
