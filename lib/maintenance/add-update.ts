import "server-only";
import type { ComponentStatusMove } from "@/lib/components/write-status";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { maintenanceTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { MaintenanceUpdate, ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
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

/**
 * Posts an update to maintenance: a status and a message, dated the context's now. In progress puts its components
 * under maintenance, completed returns them to their earlier status. The scheduler posts through it too, in its
 * own transaction.
 */
export async function addMaintenanceUpdate(
  ctx: ServiceContext,
  maintenanceId: string,
  rawInput: unknown,
): Promise<MutationResult<MaintenanceWithUpdate>> {
  return runMutation(ctx, addMaintenanceUpdateInput, rawInput, async (context, input) => {
    const { db: tx, now: at } = context;
    const before = await lockMaintenance(tx, maintenanceId);
    if (!before) return notFound("No maintenance has that id");
    const outside = await refuseOutsidePages(context, () => maintenanceTarget(tx, maintenanceId));
    if (outside) return outside;
    if (isStale(before.updatedAt, input.expectedUpdatedAt)) return maintenanceChanged();
    const transition = checkMaintenanceTransition(before.status, input.status);
    if (!transition.ok) return invalidTransition(transition.message);

    const update = await tx.maintenanceUpdate.create({
      data: {
        maintenanceId,
        status: input.status,
        body: input.message,
        bodyTranslations: translationsColumn(input.translations?.message),
        displayAt: at,
      },
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

    await audit(context, {
      action: "maintenance.update.create",
      entityType: "maintenance",
      entityId: maintenanceId,
      before,
      after: { ...maintenance, update: posted },
    });
    return succeeded({ maintenance, update: posted });
  });
}
