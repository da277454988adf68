import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { ComponentStatusMove } from "@/lib/components/write-status";
import { invalidTransition, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { getPrisma } from "@/lib/db/boot";
import type { MaintenanceUpdate, Prisma, ScheduledMaintenance } from "@/lib/generated/prisma/client";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { putComponentsUnderMaintenance, restoreComponentsAfterMaintenance } from "./component-changes";
import { lockMaintenance, maintenanceChanged } from "./maintenance-row";
import { addMaintenanceUpdateInput } from "./schema";
import { checkMaintenanceTransition } from "./transitions";

export type PostedMaintenanceUpdate = MaintenanceUpdate & { componentChanges: ComponentStatusMove[] };
export interface MaintenanceWithUpdate {
  maintenance: ScheduledMaintenance;
  update: PostedMaintenanceUpdate;
}

export interface MaintenanceUpdateToPost {
  status: MaintenanceStatus;
  message: string;
  expectedUpdatedAt?: Date;
}

/** Posts an update to maintenance: a status and a message; starting or completing it moves its components. */
export async function addMaintenanceUpdate(
  actor: Actor,
  maintenanceId: string,
  rawInput: unknown,
): Promise<MutationResult<MaintenanceWithUpdate>> {
  const parsed = addMaintenanceUpdateInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => postMaintenanceUpdate(tx, actor, maintenanceId, parsed.data, new Date()), {
    timeout: 15_000,
  });
}

/**
 * The steps of posting an update inside the caller's transaction (the scheduler posts through it too), dated `at`:
 * in progress puts the components under maintenance, completed returns them to their earlier status.
 */
export async function postMaintenanceUpdate(
  tx: Prisma.TransactionClient,
  actor: Actor,
  maintenanceId: string,
  input: MaintenanceUpdateToPost,
  at: Date,
): Promise<MutationResult<MaintenanceWithUpdate>> {
  const before = await lockMaintenance(tx, maintenanceId);
  if (!before) return notFound("No maintenance has that id");
  if (isStale(before.updatedAt, input.expectedUpdatedAt)) return maintenanceChanged();
  const transition = checkMaintenanceTransition(before.status, input.status);
  if (!transition.ok) return invalidTransition(transition.message);

  const update = await tx.maintenanceUpdate.create({
    data: { maintenanceId, status: input.status, body: input.message, displayAt: at },
  });
  const componentChanges =
    transition.effect === "start"
      ? await putComponentsUnderMaintenance(tx, maintenanceId, at)
      : transition.effect === "finish"
        ? await restoreComponentsAfterMaintenance(tx, before, at)
        : [];
  const maintenance = await tx.scheduledMaintenance.update({
    where: { id: maintenanceId },
    data: {
      status: input.status,
      startedAt: transition.effect === "start" ? at : before.startedAt,
      completedAt: input.status === "completed" ? at : null,
      updatedAt: nextUpdatedAt(before.updatedAt),
    },
  });
  const posted = { ...update, componentChanges };
  await enqueueNotifications(tx, { type: "maintenance.updated", maintenance, update: posted }); // the scheduler posts through here too

  await recordAudit(tx, {
    actor,
    action: "maintenance.update.create",
    entityType: "maintenance",
    entityId: maintenanceId,
    before,
    after: { ...maintenance, update: posted },
  });
  return succeeded({ maintenance, update: posted });
}
