import "server-only";
import { z } from "zod";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { nextUpdatedAt } from "@/lib/core/updated-at";
import { maintenanceTarget, refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { lockMaintenance } from "./maintenance-row";

/**
 * Stops a recurring maintenance from repeating: no occurrence is added after this. Occurrences already added stay,
 * each scheduled maintenance in its own right (edit or complete them one by one).
 */
export async function endMaintenanceSeries(ctx: ServiceContext, seriesId: string): Promise<MutationResult<ScheduledMaintenance>> {
  return runMutation(ctx, z.object({}), {}, async (context): Promise<MutationResult<ScheduledMaintenance>> => {
    const locked = await lockMaintenance(context.db, seriesId);
    if (!locked) return notFound("No maintenance has that id");
    const outside = await refuseOutsidePages(context, () => maintenanceTarget(context.db, seriesId));
    if (outside) return outside;
    if (!locked.recurrence) return invalidTransition("This maintenance does not repeat");
    const maintenance = await context.db.scheduledMaintenance.update({
      where: { id: seriesId },
      data: { recurrence: null, updatedAt: nextUpdatedAt(locked.updatedAt) },
    });
    await audit(context, {
      action: "maintenance.end_series",
      entityType: "maintenance",
      entityId: seriesId,
      before: locked,
      after: maintenance,
    });
    return succeeded(maintenance);
  });
}
