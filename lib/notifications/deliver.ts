import "server-only";
import type { PrismaClient, Subscriber } from "@/lib/generated/prisma/client";
import { canonicalLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { PAGE_SETTINGS_ID, pageSettingsOrDefault } from "@/lib/page/settings";
import { pageUrlOf } from "@/lib/page-addressing/addressing";
import { openSecret } from "@/lib/secrets/secret-box";
import { countNotificationSent } from "@/lib/telemetry/metrics";
import { noticeOf } from "./channels/notice";
import { openChannelConfig, sendToChannel } from "./channels/send-channel";
import type { Words } from "./describe";
import { renderEmail } from "./email-message";
import type { Mailer } from "./mailer";
import { type ReminderPayload, sendOperatorReminder } from "./operator-reminder-delivery";
import { payloadForPage } from "./page-payload";
import type { NotificationPayload } from "./payload";
import { postWebhook } from "./send-webhook";
import { SIGNATURE_HEADER, signWebhookBody } from "./signature";
import { mintSubscriptionToken } from "./subscriber-token";
import { renderWebhookBody } from "./webhook-body";

export interface DeliveryDeps {
  /** Null when SMTP is not configured: email deliveries fail their attempt and are retried. */
  mailer: Mailer | null;
  /** BEACON_PUBLIC_URL; links fall back to the page settings' URL. */
  publicUrl?: string;
  webhookTimeoutMs?: number;
  /** Where webhooks may go (the monitors' SSRF policy, BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS). */
  webhookTargets: TargetPolicy;
  /** Telegram's Bot API root, https://api.telegram.org unless set (BEACON_TELEGRAM_API_URL; a local fake in tests). */
  telegramApiUrl?: string;
  /** Where operator reminders go besides the admins' mail (BEACON_ADMIN_WEBHOOK_URL). */
  adminWebhookUrl?: string;
}

interface PageContext {
  id: string;
  name: string;
  /** The page's address, where every link of a message starts (lib/pages/page-view.ts pageUrlOf). */
  url: string;
  timeZone: string;
  /** The language its admins write in (texts not translated are in it). */
  language: string | null;
  /** Another page than the default one: its mails go out under its name. */
  fromName?: string;
}

/**
 * Sends one claimed delivery; throws when the attempt failed. The delivery id is the idempotency key: the
 * webhook's Beacon-Delivery-Id and the mail's Message-ID, identical on every attempt.
 */
export async function sendDelivery(prisma: PrismaClient, deliveryId: string, deps: DeliveryDeps): Promise<"sent" | "gone"> {
  const delivery = await prisma.notificationDelivery.findUnique({
    where: { id: deliveryId },
    include: { notification: true, subscriber: true },
  });
  if (!delivery) return "gone"; // the subscriber left meanwhile
  const { subscriber } = delivery;
  const page = await pageContextOf(prisma, subscriber?.pageId ?? null, deps);
  const payload = await payloadForPage(prisma, delivery.notification.payload as unknown as NotificationPayload, subscriber?.pageId ?? null);
  if (!subscriber) {
    if (!delivery.operatorRecipient) return "gone";
    await sendOperatorReminder(delivery.operatorRecipient, deliveryId, payload as unknown as ReminderPayload, page, deps);
    countNotificationSent("operator");
    return "sent";
  }
  // The subscriber's language; texts an admin wrote are in the page's default language unless translated.
  const locale = canonicalLocale(subscriber.locale) ?? DEFAULT_LOCALE;
  const words: Words = { t: await translatorFor(locale), locale, written: canonicalLocale(page.language) ?? DEFAULT_LOCALE };
  if (subscriber.channel === "email") {
    await sendEmail(prisma, subscriber, deliveryId, payload, page, deps, words);
  } else if (subscriber.channel === "webhook") {
    await sendWebhook(prisma, subscriber, { id: deliveryId, createdAt: delivery.notification.createdAt }, payload, page, deps, words);
  } else if (payload.event !== "subscription.confirm") {
    // Chat channels are confirmed when created: only events reach them.
    await sendToChannel(
      await openChannelConfig(prisma, subscriber.channelConfigEncrypted),
      noticeOf(payload, page, words),
      deliveryId,
      deps,
    );
  }
  countNotificationSent(subscriber.channel);
  return "sent";
}

/** The page a subscriber subscribed on (none: the default page), as its messages name and link it. */
async function pageContextOf(prisma: PrismaClient, pageId: string | null, deps: DeliveryDeps): Promise<PageContext> {
  const row = await prisma.pageSettings.findUnique({ where: { id: PAGE_SETTINGS_ID } });
  const settings = pageSettingsOrDefault(row);
  const defaultUrl = (deps.publicUrl ?? settings.url).replace(/\/$/, "");
  const own = pageId && pageId !== PAGE_SETTINGS_ID ? await prisma.pageSettings.findUnique({ where: { id: pageId } }) : null;
  if (!own)
    return {
      id: PAGE_SETTINGS_ID,
      name: settings.name,
      url: defaultUrl,
      timeZone: settings.timeZone,
      language: row?.defaultLanguage ?? null,
    };
  return {
    id: own.id,
    name: own.name,
    url: pageUrlOf(defaultUrl, own),
    timeZone: own.timeZone,
    language: own.defaultLanguage,
    fromName: own.name,
  };
}

async function sendEmail(
  prisma: PrismaClient,
  subscriber: Subscriber,
  deliveryId: string,
  payload: NotificationPayload,
  page: PageContext,
  deps: DeliveryDeps,
  words: Words,
) {
  if (!deps.mailer) throw new Error("SMTP is not configured (BEACON_SMTP_HOST, BEACON_SMTP_FROM)");
  if (!subscriber.email) throw new Error("email subscriber without an address");
  // Fresh tokens per message: the store keeps only their hashes, so a link can't be rebuilt later.
  const manage = await mintSubscriptionToken(prisma, subscriber.id, "manage");
  const confirm =
    payload.event === "subscription.confirm" && !payload.alreadyConfirmed
      ? await mintSubscriptionToken(prisma, subscriber.id, "confirm")
      : null;
  const links = {
    baseUrl: page.url,
    manageUrl: `${page.url}/subscribe/manage?token=${manage}`,
    unsubscribeUrl: `${page.url}/subscribe/unsubscribe?token=${manage}`,
    ...(confirm ? { confirmUrl: `${page.url}/subscribe/confirm?token=${confirm}` } : {}),
  };
  const content = renderEmail(payload, page.name, page.timeZone, links, words);
  await deps.mailer.send({
    to: subscriber.email,
    ...(page.fromName ? { fromName: page.fromName } : {}),
    ...content,
    messageId: `<${deliveryId}@${new URL(page.url).hostname}>`,
    headers: {
      "List-Unsubscribe": `<${page.url}/api/subscriptions/unsubscribe?token=${manage}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Beacon-Delivery-Id": deliveryId,
    },
  });
}

async function sendWebhook(
  prisma: PrismaClient,
  subscriber: Subscriber,
  delivery: { id: string; createdAt: Date },
  payload: NotificationPayload,
  page: PageContext,
  deps: DeliveryDeps,
  words: Words,
) {
  if (payload.event === "subscription.confirm") return; // webhooks are confirmed when created; nothing to send
  if (!subscriber.webhookUrl || !subscriber.webhookFormat || !subscriber.webhookSecretEncrypted)
    throw new Error("incomplete webhook subscriber");
  const secret = await openSecret(prisma, subscriber.webhookSecretEncrypted);
  const body = renderWebhookBody(
    payload,
    subscriber.webhookFormat,
    { deliveryId: delivery.id, createdAt: delivery.createdAt, page: { id: page.id, name: page.name, url: page.url } },
    words,
  );
  await postWebhook(
    subscriber.webhookUrl,
    body,
    { "Beacon-Delivery-Id": delivery.id, "Beacon-Event": payload.event, [SIGNATURE_HEADER]: signWebhookBody(secret, body, new Date()) },
    { timeoutMs: deps.webhookTimeoutMs, targets: deps.webhookTargets },
  );
}
