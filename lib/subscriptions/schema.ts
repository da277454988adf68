import { z } from "zod";
import { WebhookFormat } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { channelFields } from "@/lib/notifications/channels/config";

// The one definition of what a reader may send to subscribe or change a subscription: the form, the API and tests.

export const MAX_SCOPE_ITEMS = 200;
export const WEBHOOK_URL_MAX_CHARS = 2000;

const ids = (field: string) =>
  z
    .array(z.string({ error: `${field} must list ids` }).min(1, { error: `${field} must list ids` }), { error: `${field} must be a list` })
    .max(MAX_SCOPE_ITEMS, { error: `${field} may list at most ${MAX_SCOPE_ITEMS}` })
    .transform((list) => [...new Set(list)])
    .default([]);

/** The language mails and chat texts are written in; absent: English on subscribing, unchanged on managing. */
const locale = z.enum(LOCALES, { error: `locale must be one of ${LOCALES.join(", ")}` }).optional();

export const scopeInput = z.object({ componentIds: ids("componentIds"), groupIds: ids("groupIds"), locale });

// Subscribing from an incident's page: that incident's updates only, until it resolves.
const incidentId = z
  .string({ error: "incidentId must be an incident id" })
  .min(1, { error: "incidentId must be an incident id" })
  .optional();

const email = z
  .string({ error: "email is required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "email is required" })
  .max(254, { error: "email must be at most 254 characters" })
  .pipe(z.email({ error: "email must be an email address" }));

const webhookUrl = z
  .string({ error: "webhookUrl is required" })
  .trim()
  .min(1, { error: "webhookUrl is required" })
  .max(WEBHOOK_URL_MAX_CHARS, { error: `webhookUrl must be at most ${WEBHOOK_URL_MAX_CHARS} characters` })
  .pipe(z.url({ protocol: /^https?$/, error: "webhookUrl must be an http:// or https:// URL" }));

export const subscribeInput = z.discriminatedUnion(
  "channel",
  [
    scopeInput.extend({ channel: z.literal("email"), email, incidentId }),
    scopeInput.extend({
      channel: z.literal("webhook"),
      incidentId,
      webhookUrl,
      webhookFormat: z
        .enum(WebhookFormat, { error: `webhookFormat must be one of ${Object.values(WebhookFormat).join(", ")}` })
        .default("beacon"),
    }),
    scopeInput.extend({ channel: z.literal("teams"), incidentId, ...channelFields.teams.shape }),
    scopeInput.extend({ channel: z.literal("google_chat"), incidentId, ...channelFields.google_chat.shape }),
    scopeInput.extend({ channel: z.literal("mattermost"), incidentId, ...channelFields.mattermost.shape }),
    scopeInput.extend({ channel: z.literal("ntfy"), incidentId, ...channelFields.ntfy.shape }),
    scopeInput.extend({ channel: z.literal("telegram"), incidentId, ...channelFields.telegram.shape }),
  ],
  { error: "channel must be one of email, webhook, teams, google_chat, mattermost, ntfy, telegram" },
);

export type SubscribeInput = z.infer<typeof subscribeInput>;
export type ScopeInput = z.infer<typeof scopeInput>;
