import "server-only";
import type { ComponentStatusMove } from "@/lib/components/write-status";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale } from "@/lib/core/updated-at";
import { fieldsOfList, incidentTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident, IncidentUpdate } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { applyComponentChanges, changesRestoringAffectedComponents, lockComponents } from "./component-changes";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { addIncidentUpdateInput } from "./schema";
import { takeOverIncident } from "./take-over";
import { checkUpdateTransition } from "./transitions";

export type PostedUpdate = IncidentUpdate & { componentChanges: ComponentStatusMove[] };
export interface IncidentWithUpdate {
  incident: Incident;
  update: PostedUpdate;
}

/**
 * Posts an update to an incident: a new status, a message and component changes, dated `displayAt` or the
 * context's now. `restoreAffectedComponents` (resolve.ts) also returns every affected component that is not
 * operational to operational. Joins the context's transaction when there is one (the monitor runner's).
 */
export async function addIncidentUpdate(
  ctx: ServiceContext,
  incidentId: string,
  rawInput: unknown,
  options: { restoreAffectedComponents: boolean } = { restoreAffectedComponents: false },
): Promise<MutationResult<IncidentWithUpdate>> {
  return runMutation(ctx, addIncidentUpdateInput, rawInput, async (tx, input) => {
    const { db } = tx;
    const before = await lockIncident(db, incidentId);
    if (!before) return notFound("No incident has that id");
    const adding = input.componentStatuses.map((c) => c.componentId);
    const outside = await refuseOutsidePages(
      tx,
      () => incidentTarget(db, incidentId, adding),
      fieldsOfList(adding, (i) => `componentStatuses.${i}.componentId`),
    );
    if (outside) return outside;
    if (isStale(before.updatedAt, input.expectedUpdatedAt)) return conflict();
    const transition = checkUpdateTransition(before.status, input.status);
    if (!transition.ok) return invalidTransition(transition.message);

    const requested = [...input.componentStatuses];
    if (options.restoreAffectedComponents) {
      const listed = new Set(requested.map((c) => c.componentId));
      requested.push(...(await changesRestoringAffectedComponents(db, incidentId, before.draft)).filter((c) => !listed.has(c.componentId)));
    }
    const components = await lockComponents(db, requested);
    if (!components.ok) return components;

    const displayAt = input.displayAt ?? tx.now;
    const update = await db.incidentUpdate.create({
      data: {
        incidentId,
        status: input.status,
        body: input.message,
        bodyTranslations: translationsColumn(input.translations?.message),
        displayAt,
        deliverNotifications: input.deliverNotifications,
      },
    });
    const componentChanges = await applyComponentChanges(db, {
      incidentId,
      updateId: update.id,
      displayAt,
      requested,
      statuses: components.statuses,
      draft: before.draft,
    });
    let incident = await refreshIncidentStatus(db, before);
    // A person posting to an incident monitors or an alert integration opened takes it over: they stop writing to it.
    if (tx.actor.type !== "system") incident = await takeOverIncident(db, incident);
    const posted = { ...update, componentChanges };
    await enqueueNotifications(db, { type: "incident.updated", incident, update: posted }); // resolve.ts posts through here too

    await audit(tx, {
      action: "incident.update.create",
      entityType: "incident",
      entityId: incidentId,
      before,
      after: { ...incident, update: posted },
    });
    return succeeded({ incident, update: posted });
  });
}
