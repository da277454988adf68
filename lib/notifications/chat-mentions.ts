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
