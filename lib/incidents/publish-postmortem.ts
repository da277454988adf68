import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { isStale } from "@/lib/core/updated-at";
import { getPrisma } from "@/lib/db/boot";
import type { Incident } from "@/lib/generated/prisma/client";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { publishPostmortemInput } from "./schema";
import { checkPostmortemPublish } from "./transitions";

/**
 * Publishes the postmortem of a resolved incident, which moves it to the postmortem status.
 * Publishing again replaces the text but keeps the first publication date, so a typo fix does not re-date it.
 */
export async function publishPostmortem(actor: Actor, incidentId: string, rawInput: unknown): Promise<MutationResult<Incident>> {
  const parsed = publishPostmortemInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(
    async (tx): Promise<MutationResult<Incident>> => {
      const before = await lockIncident(tx, incidentId);
      if (!before) return notFound("No incident has that id");
      if (isStale(before.updatedAt, input.expectedUpdatedAt)) return conflict();
      const check = checkPostmortemPublish(before.status);
      if (!check.ok) return invalidTransition(check.message);

      const incident = await refreshIncidentStatus(tx, before, {
        body: input.body,
        publishedAt: before.postmortemPublishedAt ?? new Date(),
      });
      await recordAudit(tx, {
        actor,
        action: "incident.postmortem.publish",
        entityType: "incident",
        entityId: incidentId,
        before,
        after: incident,
      });
      return succeeded(incident);
    },
    { timeout: 15_000 },
  );
}
