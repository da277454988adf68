// Turns the subscription forms' fields into the input lib/subscriptions/schema.ts parses.
import type { TypedSubscription } from "@/components/subscriptions/form-state";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** Checked `componentId` / `groupId` boxes; nothing checked means everything. */
export function scopeFormInput(form: FormData) {
  return {
    componentIds: form.getAll("componentId").filter((v): v is string => typeof v === "string"),
    groupIds: form.getAll("groupId").filter((v): v is string => typeof v === "string"),
  };
}

export function subscribeFormInput(form: FormData) {
  const channel = text(form, "channel");
  // Sent by the form on an incident's page: that incident only.
  const incidentId = text(form, "incidentId") || undefined;
  return channel === "webhook"
    ? { channel, webhookUrl: text(form, "webhookUrl"), webhookFormat: text(form, "webhookFormat"), incidentId, ...scopeFormInput(form) }
    : { channel, email: text(form, "email"), incidentId, ...scopeFormInput(form) };
}

/** What the reader typed and checked, so a failed submit loses nothing. */
export function typedSubscription(form: FormData): TypedSubscription {
  return {
    channel: text(form, "channel") ?? "",
    email: text(form, "email") ?? "",
    webhookUrl: text(form, "webhookUrl") ?? "",
    webhookFormat: text(form, "webhookFormat") ?? "beacon",
    ...scopeFormInput(form),
  };
}
