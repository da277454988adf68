"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { PageSettingsView } from "@/lib/page/queries";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

export function PageSettingsForm({ save, settings, timeZones }: { save: FormAction; settings: PageSettingsView; timeZones: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" key={`${JSON.stringify(settings)}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Page name
          </label>
          <input id="name" name="name" defaultValue={v.name ?? settings.name} className={inputClass} aria-describedby="name-error" />
          <FieldError id="name-error" errors={errors.name} />
        </div>
        <div>
          <label htmlFor="url" className="block text-sm font-medium">
            Page URL
          </label>
          <input
            id="url"
            name="url"
            type="url"
            defaultValue={v.url ?? settings.url}
            className={inputClass}
            placeholder="https://status.example.com"
            aria-describedby="url-error"
          />
          <FieldError id="url-error" errors={errors.url} />
        </div>
      </div>
      <div>
        <label htmlFor="timeZone" className="block text-sm font-medium">
          Time zone
        </label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={v.timeZone ?? settings.timeZone}
          className={inputClass}
          aria-describedby="timeZone-error"
        >
          {!timeZones.includes(v.timeZone ?? settings.timeZone) && (
            <option value={v.timeZone ?? settings.timeZone}>{v.timeZone ?? settings.timeZone}</option>
          )}
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Days on the uptime bars start at midnight in this zone.</p>
        <FieldError id="timeZone-error" errors={errors.timeZone} />
      </div>
      <div>
        <label htmlFor="description" className="block text-sm font-medium">
          Description <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <textarea
          id="description"
          name="description"
          rows={3}
          defaultValue={v.description ?? settings.description ?? ""}
          className={inputClass}
          aria-describedby="description-error"
        />
        <FieldError id="description-error" errors={errors.description} />
      </div>
      <div>
        <label htmlFor="logoUrl" className="block text-sm font-medium">
          Logo URL <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <input
          id="logoUrl"
          name="logoUrl"
          type="url"
          defaultValue={v.logoUrl ?? settings.logoUrl ?? ""}
          className={inputClass}
          placeholder="https://example.com/logo.png"
          aria-describedby="logoUrl-hint logoUrl-error"
        />
        <p id="logoUrl-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Shown at 32×32 beside the page name. Leave blank for the plain mark.
        </p>
        <FieldError id="logoUrl-error" errors={errors.logoUrl} />
      </div>
      <div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="showSlaTable"
            defaultChecked={v.name !== undefined ? v.showSlaTable === "on" : settings.showSlaTable}
            aria-describedby="showSlaTable-hint"
          />
          Show the SLA table on the status page
        </label>
        <p id="showSlaTable-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Monthly uptime per component for the last 12 months, scheduled maintenance excluded (as in the SLA report).
        </p>
      </div>
      <div className="flex items-center gap-3">
        <PrimaryButton pending={pending}>Save settings</PrimaryButton>
        {state.ok && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Settings saved.
          </p>
        )}
      </div>
    </form>
  );
}
