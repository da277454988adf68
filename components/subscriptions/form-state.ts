// What the subscription forms' server actions (app/subscribe/actions.ts) answer.

/** The chat and push channels' form fields, named as lib/notifications/channels/config.ts parses them. */
export const CHAT_FIELDS = ["channelUrl", "ntfyServer", "ntfyTopic", "ntfyToken", "telegramBotToken", "telegramChatId"] as const;

/** What the reader typed and checked, so a failed submit loses nothing. */
export interface TypedSubscription {
  channel: string;
  /** The language chosen for the messages. */
  locale?: string;
  email: string;
  webhookUrl: string;
  webhookFormat: string;
  channelUrl: string;
  ntfyServer: string;
  ntfyTopic: string;
  ntfyToken: string;
  telegramBotToken: string;
  telegramChatId: string;
  componentIds: string[];
  groupIds: string[];
}

export type SubscribeFormState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: TypedSubscription;
  /** Email: check your inbox. Webhook: its secret and manage link, shown this once. */
  done?:
    | { channel: "email"; email: string }
    | { channel: "webhook"; signingSecret: string; managePath: string }
    | { channel: "chat"; label: string; managePath: string };
};

export type ScopeFormState = { error?: string; fieldErrors?: Record<string, string[]>; saved?: boolean };
export type UnsubscribeFormState = { error?: string; unsubscribed?: boolean };
export type ConfirmFormState = { error?: string; confirmed?: { email: string | null } };
