import "server-only";
import type { ServiceContext } from "@/lib/core/context";
import { type MutationResult, validationFailed } from "@/lib/core/result";
import { addIncidentUpdate, type IncidentWithUpdate } from "./add-update";
import { resolveIncidentInput } from "./schema";

/**
 * Posts a resolved update; with restoreComponents (the default) every affected component that is not
 * operational goes back to operational, recorded as that update's component changes.
 */
export async function resolveIncident(
  ctx: ServiceContext,
  incidentId: string,
  rawInput: unknown,
): Promise<MutationResult<IncidentWithUpdate>> {
  const parsed = resolveIncidentInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { message, restoreComponents, deliverNotifications, expectedUpdatedAt, translations } = parsed.data;
  const update = {
    status: "resolved",
    message,
    // Back to the request's shape ({ de: { message } }): addIncidentUpdate parses what it is given.
    translations: Object.fromEntries(Object.entries(translations?.message ?? {}).map(([locale, text]) => [locale, { message: text }])),
    componentStatuses: [],
    deliverNotifications,
    ...(expectedUpdatedAt ? { expectedUpdatedAt: expectedUpdatedAt.toISOString() } : {}),
  };
  return addIncidentUpdate(ctx, incidentId, update, { restoreAffectedComponents: restoreComponents });
}
