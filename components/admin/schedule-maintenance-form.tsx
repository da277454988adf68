"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { FormAlert } from "./form-alert";
import { PrimaryButton } from "./form-controls";
import { MAINTENANCE_FIELD_ANCHORS, MaintenanceWindowFields } from "./maintenance-window-fields";
import { MarkdownField } from "./markdown-field";
import { RecurrenceField } from "./recurrence-field";
import { TranslationTabs } from "./translation-tabs";

export function ScheduleMaintenanceForm({
  schedule,
  components,
  pageTimeZone,
}: {
  schedule: FormAction;
  components: ComponentChoice[];
  pageTimeZone: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(schedule, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" key={JSON.stringify(v ?? {})}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} anchors={MAINTENANCE_FIELD_ANCHORS} />
      <MaintenanceWindowFields components={components} pageTimeZone={pageTimeZone} values={v} errors={errors} />
      <RecurrenceField pageTimeZone={pageTimeZone} defaultValue={v?.recurrence} errors={errors.recurrence} />
      <MarkdownField name="message" label="Announcement" defaultValue={v?.message} errors={errors.message} />
      <TranslationTabs fields={["name", "message"]} />
      <PrimaryButton pending={pending}>Schedule maintenance</PrimaryButton>
    </form>
  );
}
