"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ConfirmFormState, ScopeFormState, SubscribeFormState, UnsubscribeFormState } from "@/components/subscriptions/form-state";
import { parseEnv } from "@/lib/env";
import { requestClientAddress } from "@/lib/net/request-client-address";
import { pageHref, requestPage } from "@/lib/pages/request-page";
import { confirmSubscription } from "@/lib/subscriptions/confirm";
import { emailSubscriptionsEnabled } from "@/lib/subscriptions/email-enabled";
import { unsubscribe, updateSubscriptionScope } from "@/lib/subscriptions/manage";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { takeSubscribeAttempt } from "@/lib/subscriptions/throttle";
import { channelThrottleKey, scopeFormInput, subscribeFormInput, typedSubscription } from "./form-input";
import { readerErrors } from "./reader-errors";

export async function subscribeAction(_previous: SubscribeFormState, form: FormData): Promise<SubscribeFormState> {
  const values = typedSubscription(form);
  const target = values.channel === "email" ? values.email : values.channel === "webhook" ? values.webhookUrl : channelThrottleKey(values);
  const verdict = await takeSubscribeAttempt(requestClientAddress(await headers()), target);
  const t = await getTranslations("subscribe");
  if (!verdict.allowed) return { values, error: t("tooManyAttempts", { seconds: verdict.retryAfterSeconds }) };

  // The page subscribed on (its own domain or /p/<slug>): the subscription's messages name and link it.
  const { pageId } = await requestPage();
  const result = await subscribe(subscribeFormInput(form), {
    emailEnabled: emailSubscriptionsEnabled(),
    webhookTargets: { allowPrivateNetworks: parseEnv().monitor.allowPrivateNetworks },
    pageId,
  });
  if (!result.ok) return { values, ...readerErrors(result.error, t) };
  if (result.data.channel === "email") return { done: { channel: "email", email: values.email.trim() } };
  const managePath = await pageHref(`/subscribe/manage?token=${result.data.manageToken}`);
  if (result.data.channel === "chat") return { done: { channel: "chat", label: result.data.label, managePath } };
  return { done: { channel: "webhook", signingSecret: result.data.signingSecret, managePath } };
}

export async function updateScopeAction(token: string, _previous: ScopeFormState, form: FormData): Promise<ScopeFormState> {
  const result = await updateSubscriptionScope(token, scopeFormInput(form));
  if (!result.ok) return readerErrors(result.error, await getTranslations("subscribe"));
  return { saved: true };
}

export async function unsubscribeAction(token: string, _previous: UnsubscribeFormState, _form: FormData): Promise<UnsubscribeFormState> {
  const result = await unsubscribe(token);
  if (!result.ok) return { error: readerErrors(result.error, await getTranslations("subscribe")).error };
  return { unsubscribed: true };
}

export async function confirmAction(token: string, _previous: ConfirmFormState, _form: FormData): Promise<ConfirmFormState> {
  const result = await confirmSubscription(token);
  if (!result.ok) return { error: (await getTranslations("subscribe"))("linkBrokenBody") };
  return { confirmed: { email: result.data.email } };
}
