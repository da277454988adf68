import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { MaintenanceUpdate, ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { holdComponents } from "./maintenance-row";
import { createMaintenanceInput } from "./schema";

export interface ScheduledMaintenanceCreated {
  maintenance: ScheduledMaintenance;
  componentIds: string[];
  update: MaintenanceUpdate;
}

/** Schedules maintenance on the components it names, its message posted at `now` as the first (scheduled) update. */
export async function createMaintenance(
  actor: Actor,
  rawInput: unknown,
  now = new Date(),
): Promise<MutationResult<ScheduledMaintenanceCreated>> {
  const parsed = createMaintenanceInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { message, componentIds, ...window } = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(
    async (tx): Promise<MutationResult<ScheduledMaintenanceCreated>> => {
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

      await recordAudit(tx, {
        actor,
        action: "maintenance.create",
        entityType: "maintenance",
        entityId: maintenance.id,
        before: null,
        after: { ...maintenance, componentIds, update },
      });
      return succeeded({ maintenance, componentIds, update });
    },
    { timeout: 15_000 },
  );
}
