import "server-only";
import { audit, runMutation, type ServiceContext, withTransaction } from "@/lib/core/context";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { incidentTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident, IncidentUpdate } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { editIncidentUpdateInput } from "./schema";

const UPDATE_NOT_FOUND = "No incident update has that id";

/** Rewrites an update's message (typo fixes); its status, time and component changes stay as posted. */
export async function editIncidentUpdate(
  ctx: ServiceContext,
  updateId: string,
  rawInput: unknown,
): Promise<MutationResult<IncidentUpdate>> {
  return runMutation(ctx, editIncidentUpdateInput, rawInput, async (context, input): Promise<MutationResult<IncidentUpdate>> => {
    const tx = context.db;
    const locked = await lockRowById(tx, "IncidentUpdate", updateId);
    if (!locked) return notFound(UPDATE_NOT_FOUND);
    const before = await tx.incidentUpdate.findUniqueOrThrow({ where: { id: updateId } });
    const outside = await refuseOutsidePages(context, () => incidentTarget(tx, before.incidentId));
    if (outside) return outside;
    if (isStale(before.updatedAt, input.expectedUpdatedAt)) {
      return conflict("The update changed since you loaded it; reload and try again");
    }

    const after = await tx.incidentUpdate.update({
      where: { id: updateId },
      data: {
        body: input.message,
        ...(input.translations ? { bodyTranslations: translationsColumn(input.translations.message) } : {}),
        updatedAt: nextUpdatedAt(before.updatedAt),
      },
    });
    await audit(context, {
      action: "incident.update.edit",
      entityType: "incident_update",
      entityId: updateId,
      before: { incidentId: before.incidentId, body: before.body, bodyTranslations: before.bodyTranslations },
      after: { incidentId: after.incidentId, body: after.body, bodyTranslations: after.bodyTranslations },
    });
    return succeeded(after);
  });
}

/**
 * Deletes an update and re-derives the incident's status without it. Components keep their current status
 * and history: what they went through still happened.
 */
export async function deleteIncidentUpdate(ctx: ServiceContext, updateId: string): Promise<MutationResult<Incident>> {
  return withTransaction(ctx, async (context): Promise<MutationResult<Incident>> => {
    const tx = context.db;
    const found = await tx.incidentUpdate.findUnique({ where: { id: updateId }, include: { componentChanges: true } });
    if (!found) return notFound(UPDATE_NOT_FOUND);
    const incidentBefore = await lockIncident(tx, found.incidentId);
    const outside = await refuseOutsidePages(context, () => incidentTarget(tx, found.incidentId));
    if (outside) return outside;
    // Gone while we waited for the lock: the incident (and with it the update) was deleted.
    if (!incidentBefore || !(await tx.incidentUpdate.findUnique({ where: { id: updateId }, select: { id: true } }))) {
      return notFound(UPDATE_NOT_FOUND);
    }
    if ((await tx.incidentUpdate.count({ where: { incidentId: found.incidentId } })) <= 1) {
      return invalidTransition("An incident needs at least one update; this is its only one");
    }

    await tx.incidentUpdate.delete({ where: { id: updateId } });
    const incident = await refreshIncidentStatus(tx, incidentBefore);
    await audit(context, {
      action: "incident.update.delete",
      entityType: "incident_update",
      entityId: updateId,
      before: found,
      after: null,
    });
    return succeeded(incident);
  });
}
