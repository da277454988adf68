"use client";
import { useActionState } from "react";
import { scheduleMaintenance } from "@/app/admin/(console)/maintenance/actions";
import type { MaintenanceFormState } from "@/app/admin/(console)/maintenance/form-input";
import type { ComponentChoice } from "@/lib/components/queries";
import { FormAlert } from "./form-alert";
import { PrimaryButton } from "./form-controls";
import { MAINTENANCE_FIELD_ANCHORS, MaintenanceWindowFields } from "./maintenance-window-fields";
import { MarkdownField } from "./markdown-field";

export function ScheduleMaintenanceForm({ components, pageTimeZone }: { components: ComponentChoice[]; pageTimeZone: string }) {
  const [state, action, pending] = useActionState<MaintenanceFormState, FormData>(scheduleMaintenance, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" key={JSON.stringify(v ?? {})}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} anchors={MAINTENANCE_FIELD_ANCHORS} />
      <MaintenanceWindowFields components={components} pageTimeZone={pageTimeZone} values={v} errors={errors} />
      <MarkdownField name="message" label="Announcement" defaultValue={v?.message} errors={errors.message} />
      <PrimaryButton pending={pending}>Schedule maintenance</PrimaryButton>
    </form>
  );
}
