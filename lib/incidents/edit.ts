import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { conflict, fieldInvalid, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { fieldsOfList, incidentTarget, pagesOfLimitedEditor, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident, Prisma } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { lockIncident } from "./incident-row";
import { editIncidentInput } from "./schema";
import { takeOverIncident } from "./take-over";

type Tx = Prisma.TransactionClient;

/** The fields an edit can change, as the audit log shows them. */
async function describedIncident(tx: Tx, incident: Incident) {
  const links = await tx.incidentComponent.findMany({ where: { incidentId: incident.id }, select: { componentId: true } });
  return {
    name: incident.name,
    // Only when there are some: an incident never translated reads as it always did.
    ...(incident.nameTranslations ? { nameTranslations: incident.nameTranslations } : {}),
    impact: incident.impact,
    componentIds: links.map((l) => l.componentId).sort(),
  };
}

/**
 * Renames an incident, changes its impact or the components it affects. Components' statuses and the updates'
 * recorded changes stay as they are: what happened still happened; only what the incident names changes.
 */
export async function editIncident(ctx: ServiceContext, incidentId: string, rawInput: unknown): Promise<MutationResult<Incident>> {
  return runMutation(ctx, editIncidentInput, rawInput, async (context, input): Promise<MutationResult<Incident>> => {
    const tx = context.db;
    const incidentBefore = await lockIncident(tx, incidentId);
    if (!incidentBefore) return notFound("No incident has that id");
    const outside = await refuseOutsidePages(
      context,
      () => incidentTarget(tx, incidentId, input.componentIds),
      fieldsOfList(input.componentIds, (i) => `componentIds.${i}`),
    );
    if (outside) return outside;
    if (isStale(incidentBefore.updatedAt, input.expectedUpdatedAt)) return conflict();
    const known = await tx.component.count({ where: { id: { in: input.componentIds } } });
    if (known !== input.componentIds.length) return fieldInvalid("componentIds", "componentIds names a component that does not exist");

    const before = await describedIncident(tx, incidentBefore);
    await tx.incidentComponent.deleteMany({ where: { incidentId, componentId: { notIn: input.componentIds } } });
    await tx.incidentComponent.createMany({
      data: input.componentIds.map((componentId) => ({ incidentId, componentId })),
      skipDuplicates: true,
    });
    // Left naming no component and picked by no page, it would move to the default page: a limited editor's stays
    // on their pages, as the one they open does (create.ts).
    const landsOn =
      input.componentIds.length === 0 && (await tx.pageIncident.count({ where: { incidentId } })) === 0
        ? await pagesOfLimitedEditor(context)
        : [];
    if (landsOn.length) await tx.pageIncident.createMany({ data: landsOn.map((pageId) => ({ pageId, incidentId })) });
    const edited = await tx.incident.update({
      where: { id: incidentId },
      data: {
        name: input.name,
        ...(input.translations ? { nameTranslations: translationsColumn(input.translations.name) } : {}),
        impact: input.impact,
        updatedAt: nextUpdatedAt(incidentBefore.updatedAt),
      },
    });
    // A person editing an incident monitors or an alert integration opened takes it over, as posting to it does.
    const incident = context.actor.type === "system" ? edited : await takeOverIncident(tx, edited);
    await audit(context, {
      action: "incident.edit",
      entityType: "incident",
      entityId: incidentId,
      before,
      after: { ...(await describedIncident(tx, incident)), ...(landsOn.length ? { pageIds: landsOn } : {}) },
    });
    return succeeded(incident);
  });
}
