"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ReminderTimesForAdmin } from "@/lib/reminders/settings";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

/** When admins are reminded of a quiet incident and of a maintenance about to start; blank keeps the default. */
export function ReminderSettingsForm({ save, settings }: { save: FormAction; settings: ReminderTimesForAdmin }) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const fields = [
    {
      name: "quietMinutes",
      label: "Remind after an incident has had no update for (minutes)",
      value: settings.quietMinutes,
      fallback: settings.defaults.quietMinutes,
    },
    {
      name: "maintenanceLeadMinutes",
      label: "Remind before a maintenance starts (minutes)",
      value: settings.maintenanceLeadMinutes,
      fallback: settings.defaults.leadMinutes,
    },
  ];
  return (
    <form action={action} className="space-y-4" key={`${JSON.stringify(settings)}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-sm font-medium">
              {f.label}
            </label>
            <input
              id={f.name}
              name={f.name}
              inputMode="numeric"
              defaultValue={v[f.name] ?? (f.value === null ? "" : String(f.value))}
              placeholder={`${f.fallback} (default)`}
              className={inputClass}
              aria-describedby={`${f.name}-hint ${f.name}-error`}
            />
            <p id={`${f.name}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              Blank: the default, {f.fallback} minutes.
            </p>
            <FieldError id={`${f.name}-error`} errors={errors[f.name]} />
          </div>
        ))}
      </div>
      {state.ok && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Reminder times saved.
        </p>
      )}
      <PrimaryButton pending={pending}>Save reminder times</PrimaryButton>
    </form>
  );
}
