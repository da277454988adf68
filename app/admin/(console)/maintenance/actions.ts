"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import type { DoneNotice } from "@/lib/admin-actions/form-state";
import { maintenancePath } from "@/lib/core/public-paths";
import { addMaintenanceUpdate } from "@/lib/maintenance/add-update";
import { createMaintenance } from "@/lib/maintenance/create";
import { endMaintenanceSeries } from "@/lib/maintenance/end-series";
import { editMaintenance } from "@/lib/maintenance/update";
import { maintenanceUpdateFormInput, maintenanceWindowFormInput } from "./form-input";

const permission = "maintenance.manage";
const revalidate = { paths: [EVERY_PAGE] };

export const scheduleMaintenance = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createMaintenance({ actor }, maintenanceWindowFormInput(form)),
  redirectTo: ({ maintenance }) => `/admin/maintenance/${maintenance.id}`,
});

export const saveMaintenanceWindow = adminAction({
  permission,
  revalidate,
  // The edit schema takes no message (updates carry those), so the schedule form's reader serves both.
  run: ({ actor, form }, maintenanceId: string) => editMaintenance({ actor }, maintenanceId, maintenanceWindowFormInput(form)),
});

export const postMaintenanceUpdate = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, maintenanceId: string) => addMaintenanceUpdate({ actor }, maintenanceId, maintenanceUpdateFormInput(form)),
  respond: ({ maintenance }): DoneNotice => ({
    message: "Posted — live on the maintenance's public page.",
    href: maintenancePath(maintenance.id),
    linkLabel: "Open its public page",
  }),
});

export const stopRepeatingMaintenance = adminAction({
  permission,
  revalidate,
  run: ({ actor }, maintenanceId: string) => endMaintenanceSeries({ actor }, maintenanceId),
});
