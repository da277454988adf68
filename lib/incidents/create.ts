import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { type MutationResult, succeeded } from "@/lib/core/result";
import { fieldsOfList, pagesOfLimitedEditor, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import type { IncidentWithUpdate } from "./add-update";
import { applyComponentChanges, lockComponents } from "./component-changes";
import { deriveIncidentStatus } from "./derive-incident-status";
import { createIncidentInput } from "./schema";

/**
 * Opens an incident with its first update (dated `displayAt` or the context's now), linking and setting the
 * components it names. The monitor runner, the upstream mirror and alert integrations open through it too, in their
 * own transaction, with `extra` fields; a draft is written the same way but notifies nobody until published
 * (publish-draft.ts).
 */
export async function createIncident(
  ctx: ServiceContext,
  rawInput: unknown,
  extra: Pick<
    Prisma.IncidentUncheckedCreateInput,
    "monitorManaged" | "firstFailedCheckAt" | "upstreamId" | "upstreamIncidentId" | "alertManaged" | "draft"
  > = {},
): Promise<MutationResult<IncidentWithUpdate>> {
  return runMutation(ctx, createIncidentInput, rawInput, async (tx, input) => {
    const { db } = tx;
    const componentIds = input.componentStatuses.map((c) => c.componentId);
    const landsOn = componentIds.length === 0 ? await pagesOfLimitedEditor(tx) : [];
    const outside = landsOn.length
      ? null
      : await refuseOutsidePages(
          tx,
          { kind: "incident", componentIds },
          fieldsOfList(componentIds, (i) => `componentStatuses.${i}.componentId`),
        );
    if (outside) return outside;
    const displayAt = input.displayAt ?? tx.now;
    const components = await lockComponents(db, input.componentStatuses);
    if (!components.ok) return components;

    // The first update is the whole timeline, so it alone decides the status and milestones.
    const derived = deriveIncidentStatus([{ status: input.status, displayAt, createdAt: displayAt }], {
      postmortemPublished: false,
    });
    const incident = await db.incident.create({
      data: {
        name: input.name,
        nameTranslations: translationsColumn(input.translations?.name),
        impact: input.impact,
        startedAt: displayAt,
        ...derived,
        ...extra,
      },
    });
    // Before the notifications, which read the pages an incident shows on.
    if (landsOn.length) await db.pageIncident.createMany({ data: landsOn.map((pageId) => ({ pageId, incidentId: incident.id })) });
    const update = await db.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        status: input.status,
        body: input.message,
        bodyTranslations: translationsColumn(input.translations?.message),
        displayAt,
        deliverNotifications: input.deliverNotifications,
      },
    });
    const componentChanges = await applyComponentChanges(db, {
      incidentId: incident.id,
      updateId: update.id,
      displayAt,
      requested: input.componentStatuses,
      statuses: components.statuses,
      draft: incident.draft,
    });
    const posted = { ...update, componentChanges };
    await enqueueNotifications(db, { type: "incident.created", incident, update: posted });

    await audit(tx, {
      action: "incident.create",
      entityType: "incident",
      entityId: incident.id,
      before: null,
      after: { ...incident, update: posted, ...(landsOn.length ? { pageIds: landsOn } : {}) },
    });
    return succeeded({ incident, update: posted });
  });
}
