import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { getPrisma } from "@/lib/db/boot";
import type { Incident, IncidentUpdate } from "@/lib/generated/prisma/client";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { editIncidentUpdateInput } from "./schema";

const UPDATE_NOT_FOUND = "No incident update has that id";

/** Rewrites an update's message (typo fixes); its status, time and component changes stay as posted. */
export async function editIncidentUpdate(actor: Actor, updateId: string, rawInput: unknown): Promise<MutationResult<IncidentUpdate>> {
  const parsed = editIncidentUpdateInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(
    async (tx): Promise<MutationResult<IncidentUpdate>> => {
      const locked = await lockRowById(tx, "IncidentUpdate", updateId);
      if (!locked) return notFound(UPDATE_NOT_FOUND);
      const before = await tx.incidentUpdate.findUniqueOrThrow({ where: { id: updateId } });
      if (isStale(before.updatedAt, input.expectedUpdatedAt)) {
        return conflict("The update changed since you loaded it; reload and try again");
      }

      const after = await tx.incidentUpdate.update({
        where: { id: updateId },
        data: { body: input.message, updatedAt: nextUpdatedAt(before.updatedAt) },
      });
      await recordAudit(tx, {
        actor,
        action: "incident.update.edit",
        entityType: "incident_update",
        entityId: updateId,
        before: { incidentId: before.incidentId, body: before.body },
        after: { incidentId: after.incidentId, body: after.body },
      });
      return succeeded(after);
    },
    { timeout: 15_000 },
  );
}

/**
 * Deletes an update and re-derives the incident's status without it. Components keep their current status
 * and history: what they went through still happened.
 */
export async function deleteIncidentUpdate(actor: Actor, updateId: string): Promise<MutationResult<Incident>> {
  const prisma = await getPrisma();

  return prisma.$transaction(
    async (tx): Promise<MutationResult<Incident>> => {
      const found = await tx.incidentUpdate.findUnique({ where: { id: updateId }, include: { componentChanges: true } });
      if (!found) return notFound(UPDATE_NOT_FOUND);
      const incidentBefore = await lockIncident(tx, found.incidentId);
      // Gone while we waited for the lock: the incident (and with it the update) was deleted.
      if (!incidentBefore || !(await tx.incidentUpdate.findUnique({ where: { id: updateId }, select: { id: true } }))) {
        return notFound(UPDATE_NOT_FOUND);
      }
      if ((await tx.incidentUpdate.count({ where: { incidentId: found.incidentId } })) <= 1) {
        return invalidTransition("An incident needs at least one update; this is its only one");
      }

      await tx.incidentUpdate.delete({ where: { id: updateId } });
      const incident = await refreshIncidentStatus(tx, incidentBefore);
      await recordAudit(tx, {
        actor,
        action: "incident.update.delete",
        entityType: "incident_update",
        entityId: updateId,
        before: found,
        after: null,
      });
      return succeeded(incident);
    },
    { timeout: 15_000 },
  );
}
