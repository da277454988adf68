import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { type MutationResult, succeeded } from "@/lib/core/result";
import { fieldsOfList, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { MaintenanceUpdate, ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { translationsColumn } from "@/lib/i18n/stored-translations";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { PAGE_SETTINGS_ID, pageSettingsOrDefault } from "@/lib/page/settings";
import { holdComponents } from "./maintenance-row";
import { addDueOccurrences } from "./occurrences";
import { createMaintenanceInput } from "./schema";

export interface ScheduledMaintenanceCreated {
  maintenance: ScheduledMaintenance;
  componentIds: string[];
  update: MaintenanceUpdate;
  /** With a recurrence: the later occurrences already within the horizon. */
  occurrences: ScheduledMaintenance[];
}

/**
 * Schedules maintenance on the components it names, its message posted at the context's now as the first (scheduled)
 * update. With a recurrence, this is the series' first occurrence: it repeats in the page's time zone, and the
 * occurrences within the horizon are added at once (lib/maintenance/occurrences.ts).
 */
export async function createMaintenance(ctx: ServiceContext, rawInput: unknown): Promise<MutationResult<ScheduledMaintenanceCreated>> {
  return runMutation(
    ctx,
    createMaintenanceInput,
    rawInput,
    async (context, input): Promise<MutationResult<ScheduledMaintenanceCreated>> => {
      const { db: tx, now } = context;
      const { message, componentIds, recurrence, noComponents: _confirmed, translations, ...window } = input;
      const unknownComponent = await holdComponents(tx, componentIds);
      if (unknownComponent) return unknownComponent;
      const outside = await refuseOutsidePages(
        context,
        { kind: "maintenance", componentIds },
        fieldsOfList(componentIds, (i) => `componentIds.${i}`, "componentIds"),
      );
      if (outside) return outside;

      const timeZone = recurrence
        ? pageSettingsOrDefault(await tx.pageSettings.findUnique({ where: { id: PAGE_SETTINGS_ID } })).timeZone
        : undefined;
      const maintenance = await tx.scheduledMaintenance.create({
        data: {
          ...window,
          nameTranslations: translationsColumn(translations?.name),
          status: "scheduled",
          recurrence: recurrence ?? null,
          recurrenceTimeZone: timeZone ?? null,
        },
      });
      await tx.maintenanceComponent.createMany({
        data: componentIds.map((componentId) => ({ maintenanceId: maintenance.id, componentId })),
      });
      const update = await tx.maintenanceUpdate.create({
        data: {
          maintenanceId: maintenance.id,
          status: "scheduled",
          body: message,
          bodyTranslations: translationsColumn(translations?.message),
          displayAt: now,
        },
      });
      await enqueueNotifications(tx, { type: "maintenance.scheduled", maintenance, update });

      await audit(context, {
        action: "maintenance.create",
        entityType: "maintenance",
        entityId: maintenance.id,
        before: null,
        after: { ...maintenance, componentIds, update },
      });
      const occurrences = recurrence ? await addDueOccurrences(context, maintenance.id) : [];
      return succeeded({ maintenance, componentIds, update, occurrences });
    },
  );
}
