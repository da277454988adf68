// Incident text is written by admins but read in channels where a mention pings everyone. Slack's and Discord's
// broadcast mentions in that text are shown as words, never acted on.

const ZERO_WIDTH_SPACE = "\u200b";
const BROADCAST_WORDS = /@(everyone|here|channel)\b/gi;

/** Slack: its control characters escaped (so `<!channel>`, `<@U123>` are text), and `@here`-style words broken. */
export function slackSafeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(BROADCAST_WORDS, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Discord: `@everyone`, `@here` and `<@…>` / `<@&…>` mentions broken (the payload also allows no mentions at all). */
export function discordSafeText(text: string): string {
  return text.replace(BROADCAST_WORDS, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@/g, `<@${ZERO_WIDTH_SPACE}`);
}

// Mattermost also broadcasts on `@all`; its text is Markdown, so `<…>` needs no escaping.
const MATTERMOST_BROADCAST = /@(everyone|here|channel|all)\b/gi;

/** Mattermost: `@channel`, `@all`, `@here` (and `@everyone`) shown as words. */
export function mattermostSafeText(text: string): string {
  return text.replace(MATTERMOST_BROADCAST, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Google Chat: `<users/all>` (its @all) and `<users/123>` mentions broken, and the broadcast words too. */
export function googleChatSafeText(text: string): string {
  return text.replace(/<(users\/)/gi, `<${ZERO_WIDTH_SPACE}$1`).replace(BROADCAST_WORDS, `@${ZERO_WIDTH_SPACE}$1`);
}

/** HTML for a card or a Telegram message: markup escaped, so only Beacon's own tags count. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * Telegram and Teams: any `@name` may notify someone (a Telegram username, a Teams `<at>` tag), so every `@word`
 * and `<at>` tag is broken.
 */
export function personalMentionSafeText(text: string): string {
  return text.replace(/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`).replace(/<(\/?at)\b/gi, `<${ZERO_WIDTH_SPACE}$1`);
}
