import { useTranslations } from "next-intl";
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

// Message keys (subscribe.*) of each webhook channel's URL and where to find it.
const URL_HINT = {
  teams: { label: "teamsUrl", hint: "teamsHint" },
  google_chat: { label: "googleChatUrl", hint: "googleChatHint" },
  mattermost: { label: "mattermostUrl", hint: "mattermostHint" },
} as const;

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
  const t = useTranslations("subscribe");
  return (
    <>
      <div data-channel-field="teams google_chat mattermost">
        <ChannelInput
          name="channelUrl"
          label={t("channelUrl")}
          type="url"
          defaultValue={values?.channelUrl}
          errors={errors.channelUrl}
          hint={t("secretUrlHint")}
        />
        {(Object.keys(URL_HINT) as (keyof typeof URL_HINT)[]).map((channel) => (
          <p key={channel} data-channel-field={channel} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {t(URL_HINT[channel].label)}: {t(URL_HINT[channel].hint)}
          </p>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2" data-channel-field="ntfy">
        <ChannelInput
          name="ntfyServer"
          label={t("ntfyServer")}
          type="url"
          defaultValue={values?.ntfyServer || "https://ntfy.sh"}
          errors={errors.ntfyServer}
        />
        <ChannelInput
          name="ntfyTopic"
          label={t("topic")}
          defaultValue={values?.ntfyTopic}
          errors={errors.ntfyTopic}
          hint={t("topicHint")}
        />
        <ChannelInput
          name="ntfyToken"
          label={t("accessToken")}
          type="password"
          autoComplete="off"
          defaultValue={values?.ntfyToken}
          errors={errors.ntfyToken}
          hint={t("accessTokenHint")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2" data-channel-field="telegram">
        <ChannelInput
          name="telegramBotToken"
          label={t("botToken")}
          type="password"
          autoComplete="off"
          defaultValue={values?.telegramBotToken}
          errors={errors.telegramBotToken}
          hint={t("botTokenHint")}
        />
        <ChannelInput
          name="telegramChatId"
          label={t("chatId")}
          defaultValue={values?.telegramChatId}
          errors={errors.telegramChatId}
          hint={t("chatIdHint")}
        />
      </div>
    </>
  );
}
