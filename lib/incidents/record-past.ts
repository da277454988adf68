import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, succeeded } from "@/lib/core/result";
import { fieldsOfList, pagesOfLimitedEditor, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident } from "@/lib/generated/prisma/client";
import { deriveIncidentStatus } from "./derive-incident-status";
import { recordPastIncidentInput } from "./schema";

/**
 * Records an incident that already happened (moving from another tool, or written up after the fact): every update
 * carries its own past date, the status is derived from them, and no subscriber is notified. Components' current
 * statuses are left alone; the incident only names them as affected.
 */
export async function recordPastIncident(ctx: ServiceContext, rawInput: unknown): Promise<MutationResult<Incident>> {
  return runMutation(ctx, recordPastIncidentInput, rawInput, async (context, input): Promise<MutationResult<Incident>> => {
    const tx = context.db;
    const landsOn = input.componentIds.length === 0 ? await pagesOfLimitedEditor(context) : [];
    const outside = landsOn.length
      ? null
      : await refuseOutsidePages(
          context,
          { kind: "incident", componentIds: input.componentIds },
          fieldsOfList(input.componentIds, (i) => `componentIds.${i}`),
        );
    if (outside) return outside;
    const future = input.updates.findIndex((u) => u.displayAt.getTime() > context.now.getTime());
    if (future >= 0) return fieldInvalid(`updates.${future}.displayAt`, "displayAt must be in the past");
    const known = await tx.component.count({ where: { id: { in: input.componentIds } } });
    if (known !== input.componentIds.length) return fieldInvalid("componentIds", "componentIds names a component that does not exist");

    const timeline = input.updates.map((u) => ({ ...u, createdAt: u.displayAt }));
    const startedAt = new Date(Math.min(...timeline.map((u) => u.displayAt.getTime())));
    const derived = deriveIncidentStatus(timeline, { postmortemPublished: false });
    const incident = await tx.incident.create({ data: { name: input.name, impact: input.impact, startedAt, ...derived } });
    await tx.incidentUpdate.createMany({
      data: timeline.map((u) => ({
        incidentId: incident.id,
        status: u.status,
        body: u.message,
        displayAt: u.displayAt,
        createdAt: u.createdAt,
        deliverNotifications: false,
      })),
    });
    await tx.incidentComponent.createMany({ data: input.componentIds.map((componentId) => ({ incidentId: incident.id, componentId })) });
    if (landsOn.length) await tx.pageIncident.createMany({ data: landsOn.map((pageId) => ({ pageId, incidentId: incident.id })) });
    await audit(context, {
      action: "incident.record_past",
      entityType: "incident",
      entityId: incident.id,
      before: null,
      after: { ...incident, componentIds: input.componentIds, updates: input.updates, ...(landsOn.length ? { pageIds: landsOn } : {}) },
    });
    return succeeded(incident);
  });
}
