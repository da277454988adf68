"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { FormAlert } from "./form-alert";
import { PrimaryButton } from "./form-controls";
import { MAINTENANCE_FIELD_ANCHORS, type MaintenanceWindowDefaults, MaintenanceWindowFields } from "./maintenance-window-fields";
import { TranslationTabs, translationTabValues } from "./translation-tabs";

/** Changes to maintenance that has not started: name and its translations, window, components, automation. */
export function EditMaintenanceForm({
  save,
  updatedAt,
  saved,
  nameTranslations,
  components,
  pageTimeZone,
}: {
  save: FormAction;
  updatedAt: string;
  saved: MaintenanceWindowDefaults;
  /** The saved name's translations by locale. */
  nameTranslations?: Partial<Record<string, string>>;
  components: ComponentChoice[];
  pageTimeZone: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const v = state.values;
  return (
    <form action={action} className="space-y-5" key={`${updatedAt}:${JSON.stringify(v ?? {})}`}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} anchors={MAINTENANCE_FIELD_ANCHORS} />
      {state.ok && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Changes saved.
        </p>
      )}
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <MaintenanceWindowFields
        components={components}
        pageTimeZone={pageTimeZone}
        defaults={saved}
        values={v}
        errors={state.fieldErrors ?? {}}
      />
      <TranslationTabs fields={["name"]} values={translationTabValues("name", nameTranslations, v)} />
      <PrimaryButton pending={pending}>Save changes</PrimaryButton>
    </form>
  );
}
