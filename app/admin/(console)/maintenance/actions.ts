"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { addMaintenanceUpdate } from "@/lib/maintenance/add-update";
import { createMaintenance } from "@/lib/maintenance/create";
import { editMaintenance } from "@/lib/maintenance/update";
import { failureState } from "../form-state";
import { type MaintenanceFormState, maintenanceUpdateFormInput, maintenanceWindowFormInput } from "./form-input";

export const scheduleMaintenance = answeringStoreOutage(async function scheduleMaintenance(
  _previous: MaintenanceFormState,
  form: FormData,
): Promise<MaintenanceFormState> {
  const session = await requireAdmin();
  const result = await createMaintenance({ actor: actorOf(session) }, maintenanceWindowFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  redirect(`/admin/maintenance/${result.data.maintenance.id}`);
});

export const saveMaintenanceWindow = answeringStoreOutage(async function saveMaintenanceWindow(
  maintenanceId: string,
  _previous: MaintenanceFormState,
  form: FormData,
): Promise<MaintenanceFormState> {
  const session = await requireAdmin();
  // The edit schema takes no message (updates carry those), so the schedule form's reader serves both.
  const result = await editMaintenance({ actor: actorOf(session) }, maintenanceId, maintenanceWindowFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return { ok: true };
});

export const postMaintenanceUpdate = answeringStoreOutage(async function postMaintenanceUpdate(
  maintenanceId: string,
  _previous: MaintenanceFormState,
  form: FormData,
): Promise<MaintenanceFormState> {
  const session = await requireAdmin();
  const result = await addMaintenanceUpdate({ actor: actorOf(session) }, maintenanceId, maintenanceUpdateFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return { ok: true };
});
