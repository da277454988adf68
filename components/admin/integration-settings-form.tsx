"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { ComponentCheckboxes } from "./component-checkboxes";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

export interface IntegrationSettings {
  name: string;
  generic: boolean;
  mapping: string;
  componentScope: string[];
  rateLimitPerMinute: number;
  maxBodyBytes: number;
  holdDownSeconds: number;
}

/** An integration's name, mapping, scope and limits; its kind and credentials stay. */
export function IntegrationSettingsForm({
  save,
  settings,
  components,
}: {
  save: FormAction;
  settings: IntegrationSettings;
  components: ComponentChoice[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof IntegrationSettings) => v?.[name] ?? String(settings[name]);
  const field = (name: "name" | "rateLimitPerMinute" | "maxBodyBytes" | "holdDownSeconds", label: string) => (
    <div>
      <label htmlFor={`settings-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`settings-${name}`}
        name={name}
        defaultValue={value(name)}
        className={inputClass}
        aria-describedby={`settings-${name}-error`}
      />
      <FieldError id={`settings-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <form action={action} className="space-y-4" key={JSON.stringify(v ?? {})}>
      <FormAlert message={state.error} />
      {state.ok && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Saved.
        </p>
      )}
      {field("name", "Name")}
      {settings.generic && (
        <div>
          <label htmlFor="settings-mapping" className="block text-sm font-medium">
            Mapping
          </label>
          <textarea id="settings-mapping" name="mapping" rows={3} defaultValue={value("mapping")} className={`${inputClass} font-mono`} />
          <FieldError id="settings-mapping-error" errors={errors.mapping} />
        </div>
      )}
      <ComponentCheckboxes
        legend="Scope (none checked: every component)"
        components={components}
        isChecked={(id) => (v ? v[`component:${id}`] === "on" : settings.componentScope.includes(id))}
        errors={errors.componentScope}
        errorId="settings-scope-error"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {field("rateLimitPerMinute", "Requests per minute")}
        {field("maxBodyBytes", "Largest body (bytes)")}
        {field("holdDownSeconds", "Hold-down (seconds)")}
      </div>
      <PrimaryButton pending={pending}>Save settings</PrimaryButton>
    </form>
  );
}
