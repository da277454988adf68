import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { discordSafeText, slackSafeText } from "./chat-mentions";
import { bodyOf, componentLines, headline, pageLink, type Words } from "./describe";
import type { NotificationPayload } from "./payload";

type EventPayload = Exclude<NotificationPayload, { event: "subscription.confirm" }>;
export interface WebhookContext {
  deliveryId: string;
  createdAt: Date;
  /** The page subscribed on; `page.id` was added with several pages (name and url were always there). */
  page: { id: string; name: string; url: string };
}

const DISCORD_MAX_CHARS = 2000;

/**
 * The JSON a webhook receives: Beacon's event document (language-free: originals and status codes), or a Slack /
 * Discord incoming-webhook message in the subscriber's language (`words`).
 */
export function renderWebhookBody(payload: EventPayload, format: WebhookFormat, ctx: WebhookContext, words: Words): string {
  if (format === "beacon") return JSON.stringify(beaconDocument(payload, ctx));
  const title = headline(payload, words);
  const lines = [
    `*${title}*`,
    bodyOf(payload, words),
    ...componentLines(payload.components, words),
    pageLink(payload, ctx.page.url, words),
  ];
  if (format === "slack") return JSON.stringify({ text: slackSafeText(`[${ctx.page.name}] ${lines.join("\n")}`) });
  const content = discordSafeText(`**[${ctx.page.name}] ${title}**\n${lines.slice(1).join("\n")}`);
  return JSON.stringify({
    content: content.length > DISCORD_MAX_CHARS ? `${content.slice(0, DISCORD_MAX_CHARS - 1)}…` : content,
    allowed_mentions: { parse: [] },
  });
}

function beaconDocument(payload: EventPayload, ctx: WebhookContext) {
  const components = payload.components.map((c) => ({ id: c.id, name: c.name, status: c.status, old_status: c.oldStatus }));
  const update =
    "update" in payload
      ? { id: payload.update.id, status: payload.update.status, body: payload.update.body, display_at: payload.update.displayAt }
      : undefined;
  return {
    id: ctx.deliveryId,
    event: payload.event,
    created_at: ctx.createdAt.toISOString(),
    page: ctx.page,
    ...("incident" in payload
      ? {
          incident: {
            id: payload.incident.id,
            name: payload.incident.name,
            status: payload.incident.status,
            impact: payload.incident.impact,
            url: pageLink(payload, ctx.page.url),
          },
        }
      : {}),
    ...("maintenance" in payload
      ? {
          maintenance: {
            id: payload.maintenance.id,
            name: payload.maintenance.name,
            status: payload.maintenance.status,
            scheduled_for: payload.maintenance.scheduledFor,
            scheduled_until: payload.maintenance.scheduledUntil,
          },
        }
      : {}),
    ...(update ? { update } : {}),
    components,
  };
}
