"use client";
import type { SubscribeFormState } from "./form-state";
import { SubscribeForm } from "./subscribe-form";

/** "Get updates on this incident": the subscribe form, on every channel, for this incident only until it resolves. */
export function IncidentSubscribeForm({
  subscribe,
  incidentId,
  emailEnabled,
  locale,
}: {
  subscribe: (previous: SubscribeFormState, form: FormData) => Promise<SubscribeFormState>;
  incidentId: string;
  emailEnabled: boolean;
  /** The language preselected for the messages: the page's current one. */
  locale?: string;
}) {
  return <SubscribeForm subscribe={subscribe} incidentId={incidentId} emailEnabled={emailEnabled} locale={locale} />;
}
