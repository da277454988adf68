import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { ComponentStatusMove } from "@/lib/components/write-status";
import { conflict, invalidTransition, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { isStale } from "@/lib/core/updated-at";
import { getPrisma } from "@/lib/db/boot";
import type { Incident, IncidentUpdate, Prisma } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { applyComponentChanges, changesRestoringAffectedComponents, lockComponents } from "./component-changes";
import { lockIncident, refreshIncidentStatus } from "./incident-row";
import { type AddIncidentUpdateInput, addIncidentUpdateInput } from "./schema";
import { checkUpdateTransition } from "./transitions";

export type PostedUpdate = IncidentUpdate & { componentChanges: ComponentStatusMove[] };
export interface IncidentWithUpdate {
  incident: Incident;
  update: PostedUpdate;
}

/** Posts an update to an incident: a new status, a message and component changes. */
export async function addIncidentUpdate(actor: Actor, incidentId: string, rawInput: unknown): Promise<MutationResult<IncidentWithUpdate>> {
  const parsed = addIncidentUpdateInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => postIncidentUpdate(tx, actor, incidentId, parsed.data, { restoreAffectedComponents: false }), {
    timeout: 15_000,
  });
}

/**
 * The steps of posting an update inside the caller's transaction (resolve.ts posts through it too);
 * `restoreAffectedComponents` also returns every affected component that is not operational to operational.
 */
export async function postIncidentUpdate(
  tx: Prisma.TransactionClient,
  actor: Actor,
  incidentId: string,
  input: AddIncidentUpdateInput,
  options: { restoreAffectedComponents: boolean },
): Promise<MutationResult<IncidentWithUpdate>> {
  const before = await lockIncident(tx, incidentId);
  if (!before) return notFound("No incident has that id");
  if (isStale(before.updatedAt, input.expectedUpdatedAt)) return conflict();
  const transition = checkUpdateTransition(before.status, input.status);
  if (!transition.ok) return invalidTransition(transition.message);

  const requested = [...input.componentStatuses];
  if (options.restoreAffectedComponents) {
    const listed = new Set(requested.map((c) => c.componentId));
    requested.push(...(await changesRestoringAffectedComponents(tx, incidentId)).filter((c) => !listed.has(c.componentId)));
  }
  const components = await lockComponents(tx, requested);
  if (!components.ok) return components;

  const displayAt = input.displayAt ?? new Date();
  const update = await tx.incidentUpdate.create({
    data: { incidentId, status: input.status, body: input.message, displayAt, deliverNotifications: input.deliverNotifications },
  });
  const componentChanges = await applyComponentChanges(tx, {
    incidentId,
    updateId: update.id,
    displayAt,
    requested,
    statuses: components.statuses,
  });
  let incident = await refreshIncidentStatus(tx, before);
  // A person posting to a monitor-opened incident takes it over: monitors stop writing to it.
  if (incident.monitorManaged && actor.type !== "system") {
    incident = await tx.incident.update({ where: { id: incidentId }, data: { monitorManaged: false } });
  }
  const posted = { ...update, componentChanges };
  await enqueueNotifications(tx, { type: "incident.updated", incident, update: posted }); // resolve.ts posts through here too

  await recordAudit(tx, {
    actor,
    action: "incident.update.create",
    entityType: "incident",
    entityId: incidentId,
    before,
    after: { ...incident, update: posted },
  });
  return succeeded({ incident, update: posted });
}
