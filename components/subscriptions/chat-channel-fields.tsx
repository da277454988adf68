import { inputClass } from "@/components/admin/form-controls";
import { describedBy, Field } from "@/components/ui/field";
import type { TypedSubscription } from "./form-state";

type ChatChannel = "teams" | "google_chat" | "mattermost" | "ntfy" | "telegram";

export const CHAT_CHANNEL_CHOICES: { value: ChatChannel; label: string }[] = [
  { value: "teams", label: "Microsoft Teams" },
  { value: "google_chat", label: "Google Chat" },
  { value: "mattermost", label: "Mattermost" },
  { value: "ntfy", label: "ntfy" },
  { value: "telegram", label: "Telegram" },
];

const URL_HINT: Record<"teams" | "google_chat" | "mattermost", { label: string; hint: string }> = {
  teams: {
    label: "Teams Workflows webhook URL",
    hint: 'In Teams: Workflows → "Post to a channel when a webhook request is received", then copy its URL.',
  },
  google_chat: {
    label: "Google Chat webhook URL",
    hint: "In the space: Apps & integrations → Webhooks → Add webhook.",
  },
  mattermost: {
    label: "Mattermost incoming webhook URL",
    hint: "Integrations → Incoming Webhooks → Add.",
  },
};

/** One text input of a channel's settings, named and labelled after its TypedSubscription field. */
function ChannelInput({
  name,
  label,
  errors,
  hint,
  ...input
}: {
  name: keyof TypedSubscription;
  label: string;
  errors?: string[];
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={name} label={label} hint={hint} errors={errors}>
      <input
        id={name}
        name={name}
        aria-describedby={describedBy(name, hint)}
        aria-invalid={Boolean(errors)}
        className={inputClass}
        {...input}
      />
    </Field>
  );
}

/**
 * The settings of every chat and push channel, each block marked with the channels it serves: CSS shows the checked
 * channel's (app/globals.css), so no script is needed. The secret ones are kept sealed and never shown again.
 */
export function ChatChannelFields({ values, errors }: { values?: TypedSubscription; errors: Record<string, string[]> }) {
  return (
    <>
      <div data-channel-field="teams google_chat mattermost">
        <ChannelInput
          name="channelUrl"
          label="Channel URL"
          type="url"
          defaultValue={values?.channelUrl}
          errors={errors.channelUrl}
          hint="The URL is a secret: it is stored encrypted and only shown masked."
        />
        {(Object.keys(URL_HINT) as (keyof typeof URL_HINT)[]).map((channel) => (
          <p key={channel} data-channel-field={channel} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {URL_HINT[channel].label}: {URL_HINT[channel].hint}
          </p>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2" data-channel-field="ntfy">
        <ChannelInput
          name="ntfyServer"
          label="ntfy server"
          type="url"
          defaultValue={values?.ntfyServer || "https://ntfy.sh"}
          errors={errors.ntfyServer}
        />
        <ChannelInput
          name="ntfyTopic"
          label="Topic"
          defaultValue={values?.ntfyTopic}
          errors={errors.ntfyTopic}
          hint="Pick a hard-to-guess name."
        />
        <ChannelInput
          name="ntfyToken"
          label="Access token (optional)"
          type="password"
          autoComplete="off"
          defaultValue={values?.ntfyToken}
          errors={errors.ntfyToken}
          hint="For a protected topic: tk_…"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2" data-channel-field="telegram">
        <ChannelInput
          name="telegramBotToken"
          label="Bot token"
          type="password"
          autoComplete="off"
          defaultValue={values?.telegramBotToken}
          errors={errors.telegramBotToken}
          hint="From @BotFather; add the bot to the chat first."
        />
        <ChannelInput
          name="telegramChatId"
          label="Chat id"
          defaultValue={values?.telegramChatId}
          errors={errors.telegramChatId}
          hint="A numeric id (-100… for groups) or @channelname."
        />
      </div>
    </>
  );
}
