import "server-only";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { type MutationResult, succeeded } from "@/lib/core/result";
import type { MaintenanceUpdate, ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { holdComponents } from "./maintenance-row";
import { createMaintenanceInput } from "./schema";

export interface ScheduledMaintenanceCreated {
  maintenance: ScheduledMaintenance;
  componentIds: string[];
  update: MaintenanceUpdate;
}

/** Schedules maintenance on the components it names, its message posted at the context's now as the first (scheduled) update. */
export async function createMaintenance(ctx: ServiceContext, rawInput: unknown): Promise<MutationResult<ScheduledMaintenanceCreated>> {
  return runMutation(
    ctx,
    createMaintenanceInput,
    rawInput,
    async (context, input): Promise<MutationResult<ScheduledMaintenanceCreated>> => {
      const { db: tx, now } = context;
      const { message, componentIds, noComponents: _confirmed, ...window } = input;
      const unknownComponent = await holdComponents(tx, componentIds);
      if (unknownComponent) return unknownComponent;

      const maintenance = await tx.scheduledMaintenance.create({ data: { ...window, status: "scheduled" } });
      await tx.maintenanceComponent.createMany({
        data: componentIds.map((componentId) => ({ maintenanceId: maintenance.id, componentId })),
      });
      const update = await tx.maintenanceUpdate.create({
        data: { maintenanceId: maintenance.id, status: "scheduled", body: message, displayAt: now },
      });
      await enqueueNotifications(tx, { type: "maintenance.scheduled", maintenance, update });

      await audit(context, {
        action: "maintenance.create",
        entityType: "maintenance",
        entityId: maintenance.id,
        before: null,
        after: { ...maintenance, componentIds, update },
      });
      return succeeded({ maintenance, componentIds, update });
    },
  );
}
