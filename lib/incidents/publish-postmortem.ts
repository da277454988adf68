import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale } from "@/lib/core/updated-at";
import { incidentTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Incident } from "@/lib/generated/prisma/client";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { publishPostmortemInput } from "./schema";
import { checkPostmortemPublish } from "./transitions";

/**
 * Publishes the postmortem of a resolved incident, which moves it to the postmortem status.
 * Publishing again replaces the text but keeps the first publication date, so a typo fix does not re-date it.
 */
export async function publishPostmortem(ctx: ServiceContext, incidentId: string, rawInput: unknown): Promise<MutationResult<Incident>> {
  return runMutation(ctx, publishPostmortemInput, rawInput, async (context, input): Promise<MutationResult<Incident>> => {
    const tx = context.db;
    const before = await lockIncident(tx, incidentId);
    if (!before) return notFound("No incident has that id");
    const outside = await refuseOutsidePages(context, () => incidentTarget(tx, incidentId));
    if (outside) return outside;
    if (isStale(before.updatedAt, input.expectedUpdatedAt)) return conflict();
    const check = checkPostmortemPublish(before.status);
    if (!check.ok) return invalidTransition(check.message);

    const incident = await refreshIncidentStatus(tx, before, {
      body: input.body,
      publishedAt: before.postmortemPublishedAt ?? context.now,
    });
    await audit(context, {
      action: "incident.postmortem.publish",
      entityType: "incident",
      entityId: incidentId,
      before,
      after: incident,
    });
    return succeeded(incident);
  });
}
