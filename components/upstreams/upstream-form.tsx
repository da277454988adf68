"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";
import type { FormState } from "@/lib/admin-actions/form-state";

type UpstreamAction = (previous: FormState, form: FormData) => Promise<FormState>;

export interface UpstreamSettings {
  url: string;
  name: string;
  intervalSeconds: number;
  openIncidents: boolean;
  notifySubscribers: boolean;
}

/** Adds an upstream by its page's URL (no `upstream`), or edits an upstream's name, polling and incident options. */
export function UpstreamForm({
  action,
  upstream,
  suggestedUrl,
}: {
  action: UpstreamAction;
  upstream?: UpstreamSettings;
  suggestedUrl?: string;
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const checked = (field: "openIncidents" | "notifySubscribers") => (state.values ? v[field] === "on" : (upstream?.[field] ?? false));
  return (
    <form action={run} className="space-y-4" key={`${suggestedUrl}:${JSON.stringify(upstream)}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} labels={{ url: "Status page URL", intervalSeconds: "Poll every" }} />
      <div className="grid gap-4 sm:grid-cols-2">
        {!upstream && (
          <div className="sm:col-span-2">
            <label htmlFor="url" className="block text-sm font-medium">
              Status page URL
            </label>
            <input
              id="url"
              name="url"
              type="url"
              required
              placeholder="https://www.githubstatus.com"
              defaultValue={v.url ?? suggestedUrl ?? ""}
              className={inputClass}
              aria-describedby="url-help url-error"
            />
            <p id="url-help" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
              Any page that serves Statuspage v2 (<code>/api/v2/summary.json</code>): Atlassian Statuspage, incident.io, another Beacon.
            </p>
            <FieldError id="url-error" errors={errors.url} />
          </div>
        )}
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Vendor name {!upstream && <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional: the page&apos;s own)</span>}
          </label>
          <input id="name" name="name" defaultValue={v.name ?? upstream?.name ?? ""} className={inputClass} aria-describedby="name-error" />
          <FieldError id="name-error" errors={errors.name} />
        </div>
        <div>
          <label htmlFor="intervalSeconds" className="block text-sm font-medium">
            Poll every (seconds, at least 30)
          </label>
          <input
            id="intervalSeconds"
            name="intervalSeconds"
            type="number"
            min={30}
            max={3600}
            defaultValue={v.intervalSeconds ?? upstream?.intervalSeconds ?? 60}
            className={inputClass}
            aria-describedby="intervalSeconds-error"
          />
          <FieldError id="intervalSeconds-error" errors={errors.intervalSeconds} />
        </div>
      </div>
      <fieldset className="space-y-2 text-sm">
        <legend className="sr-only">Options</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="openIncidents" defaultChecked={checked("openIncidents")} /> Open a linked incident here when the
          vendor has one that affects a mirrored component
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="notifySubscribers" defaultChecked={checked("notifySubscribers")} /> Tell subscribers about this
          vendor&apos;s changes
        </label>
      </fieldset>
      <PrimaryButton pending={pending}>{upstream ? "Save upstream" : "Add upstream"}</PrimaryButton>
    </form>
  );
}
