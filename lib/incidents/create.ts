import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import type { IncidentWithUpdate } from "./add-update";
import { applyComponentChanges, lockComponents } from "./component-changes";
import { deriveIncidentStatus } from "./derive-incident-status";
import { type CreateIncidentInput, createIncidentInput } from "./schema";

/** Opens an incident with its first update, linking and setting the components it names. */
export async function createIncident(actor: Actor, rawInput: unknown): Promise<MutationResult<IncidentWithUpdate>> {
  const parsed = createIncidentInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => openIncident(tx, actor, parsed.data), { timeout: 15_000 });
}

/** The steps of opening an incident inside the caller's transaction (the monitor runner opens through it too). */
export async function openIncident(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: CreateIncidentInput,
  extra: Pick<Prisma.IncidentCreateInput, "monitorManaged" | "firstFailedCheckAt"> = {},
): Promise<MutationResult<IncidentWithUpdate>> {
  const displayAt = input.displayAt ?? new Date();
  const components = await lockComponents(tx, input.componentStatuses);
  if (!components.ok) return components;

  // The first update is the whole timeline, so it alone decides the status and milestones.
  const derived = deriveIncidentStatus([{ status: input.status, displayAt, createdAt: displayAt }], {
    postmortemPublished: false,
  });
  const incident = await tx.incident.create({
    data: { name: input.name, impact: input.impact, startedAt: displayAt, ...derived, ...extra },
  });
  const update = await tx.incidentUpdate.create({
    data: {
      incidentId: incident.id,
      status: input.status,
      body: input.message,
      displayAt,
      deliverNotifications: input.deliverNotifications,
    },
  });
  const componentChanges = await applyComponentChanges(tx, {
    incidentId: incident.id,
    updateId: update.id,
    displayAt,
    requested: input.componentStatuses,
    statuses: components.statuses,
  });
  const posted = { ...update, componentChanges };
  await enqueueNotifications(tx, { type: "incident.created", incident, update: posted });

  await recordAudit(tx, {
    actor,
    action: "incident.create",
    entityType: "incident",
    entityId: incident.id,
    before: null,
    after: { ...incident, update: posted },
  });
  return succeeded({ incident, update: posted });
}
