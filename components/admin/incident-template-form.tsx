"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { ComponentCheckboxes } from "./component-checkboxes";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import type { IncidentTemplateChoice } from "./incident-template-prefill";
import { MarkdownField } from "./markdown-field";

type TemplateAction = (previous: FormState, form: FormData) => Promise<FormState>;

// A template opens an incident, so it can't start resolved.
const TEMPLATE_STATUSES = ["investigating", "identified", "monitoring"] as const;

/** Saves a new template (no `template`) or changes one. One per page: MarkdownField's id is its name. */
export function IncidentTemplateForm({
  action,
  template,
  components,
}: {
  action: TemplateAction;
  template?: IncidentTemplateChoice;
  components: ComponentChoice[];
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const ticked = (id: string) => (v ? v[`component:${id}`] === "on" : (template?.componentIds.includes(id) ?? false));
  const componentErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith("componentIds"))
    .flatMap(([, e]) => e);
  return (
    <form action={run} className="space-y-5" key={JSON.stringify(v ?? {})}>
      <FormAlert
        message={state.error}
        fieldErrors={state.fieldErrors}
        anchors={{
          name: "template-name",
          title: "template-title",
          impact: "template-impact",
          status: "template-status",
          componentIds: "template-components-error",
        }}
      />
      <div>
        <label htmlFor="template-name" className="block text-sm font-medium">
          Template name
        </label>
        <input
          id="template-name"
          name="name"
          defaultValue={v?.name ?? template?.name}
          className={inputClass}
          placeholder="Backend API down"
          aria-describedby="template-name-error"
        />
        <FieldError id="template-name-error" errors={errors.name} />
      </div>
      <div>
        <label htmlFor="template-title" className="block text-sm font-medium">
          Incident title
        </label>
        <input
          id="template-title"
          name="title"
          defaultValue={v?.title ?? template?.title}
          className={inputClass}
          placeholder="Backend API returning 502 errors"
          aria-describedby="template-title-error"
        />
        <FieldError id="template-title-error" errors={errors.title} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="template-impact" className="block text-sm font-medium">
            Impact
          </label>
          <select
            id="template-impact"
            name="impact"
            defaultValue={v?.impact ?? template?.impact ?? "major"}
            className={inputClass}
            aria-describedby="template-impact-error"
          >
            {Object.entries(IMPACT_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id="template-impact-error" errors={errors.impact} />
        </div>
        <div>
          <label htmlFor="template-status" className="block text-sm font-medium">
            Status
          </label>
          <select
            id="template-status"
            name="status"
            defaultValue={v?.status ?? template?.status ?? "investigating"}
            className={inputClass}
            aria-describedby="template-status-error"
          >
            {TEMPLATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INCIDENT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id="template-status-error" errors={errors.status} />
        </div>
      </div>
      <MarkdownField name="body" label="First update" defaultValue={v?.body ?? template?.body} errors={errors.body} />
      <ComponentCheckboxes
        legend={
          <>
            Affected components{" "}
            <span className="font-normal text-zinc-600 dark:text-zinc-400">(set to major outage when the incident opens)</span>
          </>
        }
        components={components}
        isChecked={ticked}
        errors={componentErrors}
        errorId="template-components-error"
      />
      <PrimaryButton pending={pending}>{template ? "Save template" : "Add template"}</PrimaryButton>
    </form>
  );
}
