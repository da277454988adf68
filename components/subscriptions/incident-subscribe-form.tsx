"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";
import type { SubscribeFormState } from "./form-state";
import { SubscribedNotice } from "./subscribed-notice";

/** "Get updates on this incident": by email or webhook, this incident only, until it resolves. */
export function IncidentSubscribeForm({
  subscribe,
  incidentId,
  emailEnabled,
}: {
  subscribe: (previous: SubscribeFormState, form: FormData) => Promise<SubscribeFormState>;
  incidentId: string;
  emailEnabled: boolean;
}) {
  const [state, action, pending] = useActionState<SubscribeFormState, FormData>(subscribe, {});
  const v = state.values;
  const channel = v?.channel || (emailEnabled ? "email" : "webhook");
  const errors = state.fieldErrors ?? {};
  if (state.done) return <SubscribedNotice done={state.done} />;
  // Both fields are rendered; the checked channel shows its own (app/globals.css, `[data-channel-field]`), so the
  // form works on the incident page, which carries no React in the browser, and without JavaScript at all.
  const fields = [
    ...(emailEnabled ? [{ name: "email" as const, label: "Email address", type: "email", placeholder: "you@example.com" }] : []),
    { name: "webhookUrl" as const, label: "Webhook URL", type: "url", placeholder: "https://example.com/hooks/status" },
  ];
  return (
    <form action={action} className="space-y-3" key={JSON.stringify(v ?? {})} aria-label="Subscribe to this incident">
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="webhookFormat" value="beacon" />
      <FormAlert message={state.fieldErrors?.incidentId?.[0] ?? (state.fieldErrors ? undefined : state.error)} />
      {emailEnabled && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Send updates by</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="email" defaultChecked={channel === "email"} /> Email
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="webhook" defaultChecked={channel === "webhook"} /> Webhook
          </label>
        </fieldset>
      )}
      {!emailEnabled && <input type="hidden" name="channel" value="webhook" />}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        {fields.map((field) => (
          <div key={field.name} className="min-w-0 flex-1" data-channel-field={field.name === "email" ? "email" : "webhook"}>
            <label htmlFor={`incident-${field.name}`} className="sr-only">
              {field.label}
            </label>
            <input
              id={`incident-${field.name}`}
              name={field.name}
              type={field.type}
              autoComplete={field.name === "email" ? "email" : "off"}
              placeholder={field.placeholder}
              defaultValue={v?.[field.name]}
              aria-describedby={`incident-${field.name}-error`}
              aria-invalid={Boolean(errors[field.name])}
              className={`${inputClass} mt-0`}
            />
            <FieldError id={`incident-${field.name}-error`} errors={errors[field.name]} />
          </div>
        ))}
        <PrimaryButton pending={pending}>Get updates</PrimaryButton>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">Only this incident&apos;s updates, until it is resolved.</p>
    </form>
  );
}
