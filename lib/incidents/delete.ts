import "server-only";
import { audit, type ServiceContext, withTransaction } from "@/lib/core/context";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import type { Incident } from "@/lib/generated/prisma/client";
import { lockIncident } from "./incident-row";

/**
 * Removes an incident opened by mistake, with its updates and postmortem, from every page and the API. Nobody is
 * notified: subscribers were told about the incident, and a retraction is a new update, not a deletion. Components
 * keep their status and their history (the entries lose their link to the incident).
 */
export async function deleteIncident(ctx: ServiceContext, incidentId: string): Promise<MutationResult<Incident>> {
  return withTransaction(ctx, async (context): Promise<MutationResult<Incident>> => {
    const tx = context.db;
    const incident = await lockIncident(tx, incidentId);
    if (!incident) return notFound("No incident has that id");
    const updates = await tx.incidentUpdate.findMany({
      where: { incidentId },
      orderBy: [{ displayAt: "asc" }, { createdAt: "asc" }],
      select: { status: true, body: true, displayAt: true },
    });
    await tx.incident.delete({ where: { id: incidentId } });
    // The audit row keeps the whole incident, so a deletion can be read back (and re-recorded) later.
    await audit(context, {
      action: "incident.delete",
      entityType: "incident",
      entityId: incidentId,
      before: { ...incident, updates },
      after: null,
    });
    return succeeded(incident);
  });
}
