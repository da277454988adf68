"use client";
import { useActionState, useState } from "react";
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
  const [channel, setChannel] = useState(v?.channel || (emailEnabled ? "email" : "webhook"));
  const errors = state.fieldErrors ?? {};
  if (state.done) return <SubscribedNotice done={state.done} />;
  const field = channel === "email" ? "email" : "webhookUrl";
  return (
    <form action={action} className="space-y-3" key={JSON.stringify(v ?? {})} aria-label="Subscribe to this incident">
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="webhookFormat" value="beacon" />
      <FormAlert message={state.fieldErrors?.incidentId?.[0] ?? (state.fieldErrors ? undefined : state.error)} />
      {emailEnabled && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Send updates by</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="email" checked={channel === "email"} onChange={() => setChannel("email")} /> Email
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="webhook" checked={channel === "webhook"} onChange={() => setChannel("webhook")} />{" "}
            Webhook
          </label>
        </fieldset>
      )}
      {!emailEnabled && <input type="hidden" name="channel" value="webhook" />}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <label htmlFor={`incident-${field}`} className="sr-only">
            {channel === "email" ? "Email address" : "Webhook URL"}
          </label>
          <input
            id={`incident-${field}`}
            name={field}
            type={channel === "email" ? "email" : "url"}
            autoComplete={channel === "email" ? "email" : "off"}
            required
            placeholder={channel === "email" ? "you@example.com" : "https://example.com/hooks/status"}
            defaultValue={channel === "email" ? v?.email : v?.webhookUrl}
            aria-describedby={`incident-${field}-error`}
            aria-invalid={Boolean(errors[field])}
            className={`${inputClass} mt-0`}
          />
          <FieldError id={`incident-${field}-error`} errors={errors[field]} />
        </div>
        <PrimaryButton pending={pending}>Get updates</PrimaryButton>
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">Only this incident&apos;s updates, until it is resolved.</p>
    </form>
  );
}
