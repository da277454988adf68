import { z } from "zod";

// What each chat or push channel needs to reach its reader. Sealed as JSON in Subscriber.channelConfigEncrypted:
// webhook URLs of Teams, Google Chat and Mattermost carry their key, ntfy topics and tokens and Telegram bot tokens
// are secrets too. Only `maskChannel` is ever shown.

export const CHAT_CHANNELS = ["teams", "google_chat", "mattermost", "ntfy", "telegram"] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

export const CHANNEL_LABEL: Record<ChatChannel, string> = {
  teams: "Microsoft Teams",
  google_chat: "Google Chat",
  mattermost: "Mattermost",
  ntfy: "ntfy",
  telegram: "Telegram",
};

export type ChannelConfig =
  | { channel: "teams" | "google_chat" | "mattermost"; url: string }
  | { channel: "ntfy"; server: string; topic: string; token?: string }
  | { channel: "telegram"; botToken: string; chatId: string };

const url = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(2000, { error: `${field} must be at most 2000 characters` })
    .pipe(z.url({ protocol: /^https?$/, error: `${field} must be an http:// or https:// URL` }));

/** The fields of the subscribe form and API for each channel, by the names the form uses. */
export const channelFields = {
  teams: z.object({ channelUrl: url("channelUrl") }),
  google_chat: z.object({ channelUrl: url("channelUrl") }),
  mattermost: z.object({ channelUrl: url("channelUrl") }),
  ntfy: z.object({
    ntfyServer: url("ntfyServer").default("https://ntfy.sh"),
    ntfyTopic: z
      .string({ error: "ntfyTopic is required" })
      .trim()
      .regex(/^[-_A-Za-z0-9]{1,64}$/, { error: "ntfyTopic must be 1 to 64 letters, digits, - or _" }),
    ntfyToken: z
      .string()
      .trim()
      .max(200, { error: "ntfyToken must be at most 200 characters" })
      .regex(/^[\x21-\x7e]*$/, { error: "ntfyToken must be printable characters without spaces" })
      .optional()
      .transform((t) => t || undefined),
  }),
  telegram: z.object({
    telegramBotToken: z
      .string({ error: "telegramBotToken is required" })
      .trim()
      .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, { error: "telegramBotToken must look like 123456:ABC-… (from @BotFather)" }),
    telegramChatId: z
      .string({ error: "telegramChatId is required" })
      .trim()
      .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, { error: "telegramChatId must be a numeric chat id or @channelname" }),
  }),
} as const;

type Fields = { [K in ChatChannel]: z.infer<(typeof channelFields)[K]> };

export function configOf<K extends ChatChannel>(channel: K, fields: Fields[K]): ChannelConfig {
  const f = fields as Partial<Fields["ntfy"] & Fields["telegram"] & Fields["teams"]>;
  if (channel === "ntfy") return { channel, server: f.ntfyServer!.replace(/\/$/, ""), topic: f.ntfyTopic!, token: f.ntfyToken };
  if (channel === "telegram") return { channel, botToken: f.telegramBotToken!, chatId: f.telegramChatId! };
  return { channel: channel as "teams", url: f.channelUrl! };
}

/** The URL the SSRF guard checks at subscribe time (Telegram's API host is fixed, so none). */
export function checkedUrl(config: ChannelConfig): { field: string; url: string } | null {
  if (config.channel === "ntfy") return { field: "ntfyServer", url: config.server };
  if (config.channel === "telegram") return null;
  return { field: "channelUrl", url: config.url };
}

/** What admins see: the host and a hint, never a key, topic or token. */
export function maskChannel(config: ChannelConfig): string {
  if (config.channel === "telegram") return `${CHANNEL_LABEL.telegram} chat ${config.chatId} · bot ${config.botToken.split(":")[0]}:••••`;
  if (config.channel === "ntfy") {
    const topic = `${config.topic.slice(0, 2)}••••`;
    return `${CHANNEL_LABEL.ntfy} ${config.server}/${topic}${config.token ? " · token" : ""}`;
  }
  const u = new URL(config.url);
  return `${CHANNEL_LABEL[config.channel]} ${u.protocol}//${u.host}/••••`;
}
