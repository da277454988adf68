// Turns the subscription forms' fields into the input lib/subscriptions/schema.ts parses.
import { CHAT_FIELDS, type TypedSubscription } from "@/components/subscriptions/form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** Checked `componentId` / `groupId` boxes; nothing checked means everything. */
export function scopeFormInput(form: FormData) {
  return {
    componentIds: form.getAll("componentId").filter((v): v is string => typeof v === "string"),
    groupIds: form.getAll("groupId").filter((v): v is string => typeof v === "string"),
    locale: text(form, "locale") || undefined,
  };
}

export function subscribeFormInput(form: FormData) {
  const channel = text(form, "channel");
  // Sent by the form on an incident's page: that incident only.
  const incidentId = text(form, "incidentId") || undefined;
  const scope = { incidentId, ...scopeFormInput(form) };
  if (channel === "webhook") return { channel, webhookUrl: text(form, "webhookUrl"), webhookFormat: text(form, "webhookFormat"), ...scope };
  if (channel === "email" || channel === undefined) return { channel, email: text(form, "email"), ...scope };
  // A chat channel: only the fields its schema knows are read; an empty optional field counts as unset.
  const fields = Object.fromEntries(CHAT_FIELDS.map((name) => [name, text(form, name) || undefined]));
  return { channel, ...fields, ...scope };
}

/** What the reader typed and checked, so a failed submit loses nothing. */
export function typedSubscription(form: FormData): TypedSubscription {
  return {
    channel: text(form, "channel") ?? "",
    email: text(form, "email") ?? "",
    webhookUrl: text(form, "webhookUrl") ?? "",
    webhookFormat: text(form, "webhookFormat") ?? "beacon",
    // Secrets (tokens, keyed URLs) are kept too: the reader typed them into this very form.
    ...(Object.fromEntries(CHAT_FIELDS.map((name) => [name, text(form, name) ?? ""])) as Record<(typeof CHAT_FIELDS)[number], string>),
    ...scopeFormInput(form),
  };
}

/** What the subscribe throttle counts per target for a chat channel: its URL, ntfy topic or Telegram chat. */
export function channelThrottleKey(values: TypedSubscription): string {
  return `${values.channel}:${values.channelUrl || `${values.ntfyServer}/${values.ntfyTopic}` || values.telegramChatId}`;
}
