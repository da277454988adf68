"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { ComponentStatusFields } from "./component-status-fields";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { IncidentTemplatePicker } from "./incident-template-picker";
import { type IncidentTemplateChoice, incidentFormValuesFrom } from "./incident-template-prefill";
import { MarkdownField } from "./markdown-field";
import { TranslationTabs } from "./translation-tabs";

const UPDATE_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;

/** Opens an incident, blank or filled from `template` (what was typed wins after a failed submit). */
export function OpenIncidentForm({
  open,
  components,
  templates = [],
  template,
}: {
  open: FormAction;
  components: ComponentChoice[];
  templates?: IncidentTemplateChoice[];
  template?: IncidentTemplateChoice;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(open, {});
  const v =
    state.values ??
    (template
      ? incidentFormValuesFrom(
          template,
          components.map((c) => c.id),
        )
      : {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-6">
      <IncidentTemplatePicker templates={templates} chosenId={template?.id} />
      <form action={action} className="space-y-5" key={JSON.stringify(v)}>
        <FormAlert message={state.error} fieldErrors={state.fieldErrors} labels={{ name: "Incident name", message: "First update" }} />
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Incident name
          </label>
          <input
            id="name"
            name="name"
            defaultValue={v.name}
            className={inputClass}
            placeholder="Backend API returning 502 errors"
            aria-describedby="name-error"
          />
          <FieldError id="name-error" errors={errors.name} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="impact" className="block text-sm font-medium">
              Impact
            </label>
            <select id="impact" name="impact" defaultValue={v.impact ?? "major"} className={inputClass}>
              {Object.entries(IMPACT_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <FieldError id="impact-error" errors={errors.impact} />
          </div>
          <div>
            <label htmlFor="status" className="block text-sm font-medium">
              Status
            </label>
            <select id="status" name="status" defaultValue={v.status ?? "investigating"} className={inputClass}>
              {UPDATE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {INCIDENT_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
            <FieldError id="status-error" errors={errors.status} />
          </div>
        </div>
        <MarkdownField name="message" label="First update" defaultValue={v.message} errors={errors.message} />
        <TranslationTabs fields={["name", "message"]} />
        <ComponentStatusFields components={components} prefill={false} values={v} />
        <FieldError
          id="components-error"
          errors={Object.entries(errors)
            .filter(([k]) => k.startsWith("componentStatuses"))
            .flatMap(([, e]) => e)}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="deliverNotifications" defaultChecked={state.values ? v.deliverNotifications === "on" : true} />{" "}
          Notify subscribers
        </label>
        <PrimaryButton pending={pending}>Open incident</PrimaryButton>
      </form>
    </div>
  );
}
