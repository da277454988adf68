"use client";
import { useActionState, useState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { ComponentCheckboxes } from "./component-checkboxes";
import { DatetimeLocalField } from "./datetime-local-field";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { MarkdownField } from "./markdown-field";

const UPDATE_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;

/** Rows that have a status field among the typed values (after a refusal), or `fallback`. */
function rowCount(values: Record<string, string> | undefined, fallback: number) {
  let n = 0;
  while (values?.[`update:${n}:status`] !== undefined) n++;
  return n || fallback;
}

/**
 * An incident that already happened, written up with its updates at their own past times. Nobody is notified and
 * components keep their current status; the status shown is derived from the updates.
 */
export function PastIncidentForm({
  record,
  components,
  pageTimeZone,
}: {
  record: FormAction;
  components: ComponentChoice[];
  pageTimeZone: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(record, {});
  const v = state.values ?? {};
  const [rows, setRows] = useState(2);
  const count = Math.max(rows, rowCount(state.values, 2));
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" key={JSON.stringify(v)}>
      <FormAlert
        message={state.error}
        fieldErrors={state.fieldErrors}
        labels={{ name: "Incident name", componentIds: "Affected components" }}
      />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Incident name
          </label>
          <input id="name" name="name" defaultValue={v.name} className={inputClass} aria-describedby="name-error" />
          <FieldError id="name-error" errors={errors.name} />
        </div>
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
        </div>
      </div>
      <ComponentCheckboxes
        legend="Affected components"
        components={components}
        isChecked={(id) => v[`component:${id}`] === "on"}
        errors={errors.componentIds}
        errorId="componentIds-error"
      />
      <FieldError id="updates-error" errors={errors.updates} />
      {Array.from({ length: count }, (_, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; their fields are named by index and only appended.
        <fieldset key={`update-${n}`} className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <legend className="px-1 text-sm font-medium">Update {n + 1}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor={`update-${n}-status`} className="block text-sm font-medium">
                Status
              </label>
              <select
                id={`update-${n}-status`}
                name={`update:${n}:status`}
                defaultValue={v[`update:${n}:status`] ?? (n === 0 ? "investigating" : "resolved")}
                className={inputClass}
              >
                {UPDATE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {INCIDENT_STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <DatetimeLocalField
              name={`update:${n}:displayAt`}
              label="When it was posted"
              pageTimeZone={pageTimeZone}
              typed={v[`update:${n}:displayAtLocal`]}
              errors={errors[`updates.${n}.displayAt`]}
            />
          </div>
          <MarkdownField
            name={`update:${n}:message`}
            label="Message"
            rows={3}
            defaultValue={v[`update:${n}:message`]}
            errors={errors[`updates.${n}.message`]}
          />
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => setRows(count + 1)}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700"
        >
          Add an update
        </button>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Blank rows after the first are skipped. Subscribers are not notified.</p>
      </div>
      <PrimaryButton pending={pending}>Record incident</PrimaryButton>
    </form>
  );
}
