"use client";
import { useActionState } from "react";
import type { DoneNotice as Done, FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL } from "@/lib/core/status-vocabulary";
import { ComponentCheckboxes } from "./component-checkboxes";
import { DoneNotice } from "./done-notice";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { TranslationTabs, translationTabValues } from "./translation-tabs";

/** An incident's name (and its translations), impact and affected components, changed after it was opened (statuses are left alone). */
export function IncidentDetailsForm({
  save,
  incident,
  components,
}: {
  save: FormAction<Done>;
  incident: { name: string; nameTranslations?: Partial<Record<string, string>>; impact: string; componentIds: string[]; updatedAt: string };
  components: ComponentChoice[];
}) {
  const [state, action, pending] = useActionState<FormState<Done>, FormData>(save, {});
  const typed = state.values;
  const errors = state.fieldErrors ?? {};
  const isChecked = (id: string) => (typed ? typed[`component:${id}`] === "on" : incident.componentIds.includes(id));
  return (
    <form action={action} className="space-y-4" key={incident.updatedAt}>
      <input type="hidden" name="expectedUpdatedAt" value={incident.updatedAt} />
      <FormAlert
        message={state.error}
        fieldErrors={state.fieldErrors}
        labels={{ name: "Incident name", componentIds: "Affected components" }}
      />
      <DoneNotice state={state} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <div>
          <label htmlFor="details-name" className="block text-sm font-medium">
            Incident name
          </label>
          <input
            id="details-name"
            name="name"
            defaultValue={typed?.name ?? incident.name}
            className={inputClass}
            aria-describedby="name-error"
          />
          <FieldError id="name-error" errors={errors.name} />
        </div>
        <div>
          <label htmlFor="details-impact" className="block text-sm font-medium">
            Impact
          </label>
          <select id="details-impact" name="impact" defaultValue={typed?.impact ?? incident.impact} className={inputClass}>
            {Object.entries(IMPACT_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id="impact-error" errors={errors.impact} />
        </div>
      </div>
      <TranslationTabs
        fields={["name"]}
        idPrefix="details-translations"
        values={translationTabValues("name", incident.nameTranslations, typed)}
      />
      <ComponentCheckboxes
        legend="Affected components (their current status is not changed)"
        components={components}
        isChecked={isChecked}
        errors={errors.componentIds}
        errorId="componentIds-error"
      />
      <PrimaryButton pending={pending}>Save details</PrimaryButton>
    </form>
  );
}
