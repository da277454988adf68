import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { conflict, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { incidentTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { applyDraftComponentStatuses } from "./component-changes";
import { lockIncident } from "./incident-row";
import { publishDraftInput } from "./schema";

/**
 * Publishes a draft incident (one an alert rule opened for review): it joins the public page, feeds and API, and
 * subscribers hear of it now, once, with its latest update; its components take the statuses it asked for only now. Publishing approves the automation's story, so the
 * integration keeps telling it (recovery, resolution); editing the incident or posting to it takes it over.
 */
export async function publishDraftIncident(ctx: ServiceContext, incidentId: string, rawInput: unknown): Promise<MutationResult<Incident>> {
  return runMutation(ctx, publishDraftInput, rawInput, async (context, input) => {
    const { db } = context;
    const before = await lockIncident(db, incidentId);
    if (!before) return notFound("No incident has that id");
    const outside = await refuseOutsidePages(context, () => incidentTarget(db, incidentId));
    if (outside) return outside;
    if (!before.draft) return conflict("This incident is already published");
    if (isStale(before.updatedAt, input.expectedUpdatedAt)) return conflict();
    const published = await db.incident.update({
      where: { id: incidentId },
      data: { draft: false, updatedAt: nextUpdatedAt(before.updatedAt) },
    });
    const incident = published;
    const componentChanges = await applyDraftComponentStatuses(db, incidentId, context.now);
    const latest = await db.incidentUpdate.findFirst({ where: { incidentId }, orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }] });
    if (latest) {
      await enqueueNotifications(db, { type: "incident.created", incident, update: { ...latest, deliverNotifications: true } });
    }
    await audit(context, {
      action: "incident.publish",
      entityType: "incident",
      entityId: incidentId,
      before,
      after: { ...incident, componentChanges },
    });
    return succeeded(incident);
  });
}
