"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";
import type { SubscribableChoices } from "@/lib/subscriptions/queries";
import { CHAT_CHANNEL_CHOICES, ChatChannelFields } from "./chat-channel-fields";
import type { SubscribeFormState } from "./form-state";
import { LanguageSelect } from "./language-select";
import { ScopeFieldset } from "./scope-fieldset";
import { SubscribedNotice } from "./subscribed-notice";

const FORMATS = [
  { value: "beacon", label: "formatBeacon" },
  { value: "slack", label: "formatSlack" },
  { value: "discord", label: "formatDiscord" },
] as const;

/**
 * The one subscribe form: every channel Beacon sends to. With `incidentId` it subscribes to that incident only (no
 * scope to choose), as the incident page's "Get updates on this incident" does.
 */
export function SubscribeForm({
  subscribe,
  choices,
  emailEnabled,
  incidentId,
  locale = "en",
}: {
  subscribe: (previous: SubscribeFormState, form: FormData) => Promise<SubscribeFormState>;
  choices?: SubscribableChoices;
  emailEnabled: boolean;
  incidentId?: string;
  /** The language preselected for the messages: the page's current one. */
  locale?: string;
}) {
  const t = useTranslations("subscribe");
  const common = useTranslations("common");
  const [state, action, pending] = useActionState<SubscribeFormState, FormData>(subscribe, {});
  const v = state.values;
  // Every channel's fields are rendered and CSS shows the checked channel's (app/globals.css, `data-channel-field`), so
  // the form works where no React runs in the browser (the light incident page) and without JavaScript at all.
  const channel = v?.channel || (emailEnabled ? "email" : "webhook");
  const errors = state.fieldErrors ?? {};
  const scopeErrors = Object.entries(errors)
    .filter(([key]) => /^(componentIds|groupIds)/.test(key))
    .flatMap(([, e]) => e);
  if (state.done) return <SubscribedNotice done={state.done} />;
  return (
    <form action={action} className="space-y-5" key={JSON.stringify(v ?? {})} aria-label={incidentId ? t("incidentFormLabel") : undefined}>
      {incidentId && <input type="hidden" name="incidentId" value={incidentId} />}
      <FormAlert message={incidentId ? (errors.incidentId?.[0] ?? state.error) : state.error} />
      <fieldset className="space-y-2" aria-describedby="channel-error">
        <legend className="text-sm font-medium">{t("howToReach")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {emailEnabled && (
            <label className="flex items-center gap-2">
              <input type="radio" name="channel" value="email" defaultChecked={channel === "email"} /> {t("email")}
            </label>
          )}
          <label className="flex items-center gap-2">
            <input type="radio" name="channel" value="webhook" defaultChecked={channel === "webhook"} /> {t("webhook")}
          </label>
          {CHAT_CHANNEL_CHOICES.map((c) => (
            <label key={c.value} className="flex items-center gap-2">
              <input type="radio" name="channel" value={c.value} defaultChecked={channel === c.value} /> {c.label}
            </label>
          ))}
        </div>
        <FieldError id="channel-error" errors={errors.channel} />
      </fieldset>
      {emailEnabled && (
        <div data-channel-field="email">
          <label htmlFor="email" className="block text-sm font-medium">
            {t("emailAddress")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={v?.email}
            aria-describedby="email-error"
            aria-invalid={Boolean(errors.email)}
            className={inputClass}
          />
          <FieldError id="email-error" errors={errors.email} />
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t("emailHint")}</p>
        </div>
      )}
      <ChatChannelFields values={v} errors={errors} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]" data-channel-field="webhook">
        <div>
          <label htmlFor="webhookUrl" className="block text-sm font-medium">
            {t("webhookUrl")}
          </label>
          <input
            id="webhookUrl"
            name="webhookUrl"
            type="url"
            placeholder="https://example.com/hooks/status"
            defaultValue={v?.webhookUrl}
            aria-describedby="webhookUrl-error"
            aria-invalid={Boolean(errors.webhookUrl)}
            className={inputClass}
          />
          <FieldError id="webhookUrl-error" errors={errors.webhookUrl} />
        </div>
        <div>
          <label htmlFor="webhookFormat" className="block text-sm font-medium">
            {t("format")}
          </label>
          <select
            id="webhookFormat"
            name="webhookFormat"
            defaultValue={v?.webhookFormat ?? "beacon"}
            aria-describedby="webhookFormat-error"
            className={inputClass}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {t(f.label)}
              </option>
            ))}
          </select>
          <FieldError id="webhookFormat-error" errors={errors.webhookFormat} />
        </div>
      </div>
      {choices && !incidentId && (
        <ScopeFieldset choices={choices} checkedComponents={v?.componentIds ?? []} checkedGroups={v?.groupIds ?? []} errors={scopeErrors} />
      )}
      <LanguageSelect defaultValue={v?.locale ?? locale} />
      {incidentId && <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("incidentOnly")}</p>}
      <PrimaryButton pending={pending} workingLabel={common("working")}>
        {incidentId ? t("getUpdates") : t("submit")}
      </PrimaryButton>
    </form>
  );
}
