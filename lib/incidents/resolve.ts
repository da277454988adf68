import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { type MutationResult, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { type IncidentWithUpdate, postIncidentUpdate } from "./add-update";
import { resolveIncidentInput } from "./schema";

/**
 * Posts a resolved update; with restoreComponents (the default) every affected component that is not
 * operational goes back to operational, recorded as that update's component changes.
 */
export async function resolveIncident(actor: Actor, incidentId: string, rawInput: unknown): Promise<MutationResult<IncidentWithUpdate>> {
  const parsed = resolveIncidentInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { message, restoreComponents, deliverNotifications, expectedUpdatedAt } = parsed.data;
  const prisma = await getPrisma();
  return prisma.$transaction(
    (tx) =>
      postIncidentUpdate(
        tx,
        actor,
        incidentId,
        {
          status: "resolved",
          message,
          componentStatuses: [],
          deliverNotifications,
          ...(expectedUpdatedAt ? { expectedUpdatedAt } : {}),
        },
        { restoreAffectedComponents: restoreComponents },
      ),
    { timeout: 15_000 },
  );
}
