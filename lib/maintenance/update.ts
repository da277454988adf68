import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { isStale, nextUpdatedAt } from "@/lib/core/updated-at";
import { fieldsOfList, maintenanceTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { holdComponents, lockMaintenance, maintenanceChanged } from "./maintenance-row";
import { editMaintenanceInput } from "./schema";

export interface MaintenanceEdited {
  maintenance: ScheduledMaintenance;
  componentIds: string[];
}

/**
 * Changes the name, window, components and automation of maintenance that has not started yet; once it is
 * underway the window is history, so changes go in updates instead.
 */
export async function editMaintenance(
  ctx: ServiceContext,
  maintenanceId: string,
  rawInput: unknown,
): Promise<MutationResult<MaintenanceEdited>> {
  return runMutation(ctx, editMaintenanceInput, rawInput, async (context, input): Promise<MutationResult<MaintenanceEdited>> => {
    const tx = context.db;
    const { expectedUpdatedAt, componentIds, noComponents: _confirmed, translations, ...window } = input;
    const locked = await lockMaintenance(tx, maintenanceId);
    if (!locked) return notFound("No maintenance has that id");
    const outside = await refuseOutsidePages(
      context,
      () => maintenanceTarget(tx, maintenanceId, componentIds),
      fieldsOfList(componentIds, (i) => `componentIds.${i}`, "componentIds"),
    );
    if (outside) return outside;
    if (isStale(locked.updatedAt, expectedUpdatedAt)) return maintenanceChanged();
    if (locked.status !== "scheduled") {
      return invalidTransition("Only maintenance that has not started can be edited; post an update instead");
    }
    const unknownComponent = await holdComponents(tx, componentIds);
    if (unknownComponent) return unknownComponent;

    const links = await tx.maintenanceComponent.findMany({ where: { maintenanceId }, select: { componentId: true } });
    const before = { ...locked, componentIds: links.map((l) => l.componentId).sort() };

    await tx.maintenanceComponent.deleteMany({ where: { maintenanceId, componentId: { notIn: componentIds } } });
    await tx.maintenanceComponent.createMany({
      data: componentIds.map((componentId) => ({ maintenanceId, componentId })),
      skipDuplicates: true,
    });
    const maintenance = await tx.scheduledMaintenance.update({
      where: { id: maintenanceId },
      data: {
        ...window,
        ...(translations ? { nameTranslations: translationsColumn(translations.name) } : {}),
        updatedAt: nextUpdatedAt(locked.updatedAt),
      },
    });

    const sortedIds = [...componentIds].sort();
    await audit(context, {
      action: "maintenance.edit",
      entityType: "maintenance",
      entityId: maintenanceId,
      before,
      after: { ...maintenance, componentIds: sortedIds },
    });
    return succeeded({ maintenance, componentIds: sortedIds });
  });
}
