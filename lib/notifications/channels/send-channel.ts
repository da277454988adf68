import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { openSecret } from "@/lib/secrets/secret-box";
import { postWebhook } from "../send-webhook";
import { googleChatMessage, mattermostMessage, ntfyMessage, teamsMessage, telegramMessage } from "./chat-messages";
import type { ChannelConfig } from "./config";
import type { Notice } from "./notice";

export const TELEGRAM_API_URL = "https://api.telegram.org";

export interface ChannelDeps {
  webhookTimeoutMs?: number;
  webhookTargets: TargetPolicy;
  /** Telegram's Bot API root (a local fake in tests). */
  telegramApiUrl?: string;
}

/** The POST that carries one notice to one chat or push channel. */
export function channelRequest(
  config: ChannelConfig,
  notice: Notice,
  telegramApiUrl = TELEGRAM_API_URL,
): { url: string; body: object; headers: Record<string, string> } {
  switch (config.channel) {
    case "teams":
      return { url: config.url, body: teamsMessage(notice), headers: {} };
    case "google_chat":
      return { url: config.url, body: googleChatMessage(notice), headers: {} };
    case "mattermost":
      return { url: config.url, body: mattermostMessage(notice), headers: {} };
    case "ntfy":
      return {
        url: config.server,
        body: ntfyMessage(notice, config.topic),
        headers: config.token ? { authorization: `Bearer ${config.token}` } : {},
      };
    case "telegram":
      return {
        url: `${telegramApiUrl.replace(/\/$/, "")}/bot${config.botToken}/sendMessage`,
        body: telegramMessage(notice, config.chatId),
        headers: {},
      };
  }
}

export async function openChannelConfig(prisma: PrismaClient, sealed: string | null): Promise<ChannelConfig> {
  if (!sealed) throw new Error("chat subscriber without its settings");
  return JSON.parse(await openSecret(prisma, sealed)) as ChannelConfig;
}

/**
 * Sends a notice through the SSRF guard like any webhook (retried on failure, refused targets not). None of these
 * platforms verifies a signature: the key in the URL or the token is what authenticates Beacon.
 */
export async function sendToChannel(config: ChannelConfig, notice: Notice, deliveryId: string, deps: ChannelDeps): Promise<void> {
  const request = channelRequest(config, notice, deps.telegramApiUrl);
  await postWebhook(
    request.url,
    JSON.stringify(request.body),
    { "Beacon-Delivery-Id": deliveryId, ...request.headers },
    { timeoutMs: deps.webhookTimeoutMs, targets: deps.webhookTargets },
  );
}
