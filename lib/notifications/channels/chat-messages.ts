import { escapeHtml, googleChatSafeText, mattermostSafeText, personalMentionSafeText } from "../chat-mentions";
import type { Notice } from "./notice";

// Each platform's documented message shape for one notice. Pure: the tests read these from a real receiver.

const TELEGRAM_MAX_CHARS = 4096;
const COLOR: Record<Notice["urgency"], string> = { high: "#dc2626", default: "#d97706", low: "#16a34a" };

/** Teams Workflows ("When a Teams webhook request is received"): a message with one Adaptive Card attachment. */
export function teamsMessage(n: Notice) {
  const safe = personalMentionSafeText;
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          msteams: { width: "Full" },
          body: [
            { type: "TextBlock", text: safe(n.pageName), size: "Small", isSubtle: true, wrap: true },
            { type: "TextBlock", text: safe(n.title), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
            ...(n.facts.length ? [{ type: "FactSet", facts: n.facts.map((f) => ({ title: f.name, value: safe(f.value) })) }] : []),
            { type: "TextBlock", text: safe(n.body), wrap: true },
            ...(n.components.length
              ? [{ type: "TextBlock", text: n.components.map((c) => `- ${safe(c)}`).join("\n"), wrap: true, spacing: "Medium" }]
              : []),
          ],
          actions: [{ type: "Action.OpenUrl", title: n.linkText, url: n.link }],
        },
      },
    ],
  };
}

/** Google Chat incoming webhook: `text` for notifications and clients without cards, and a `cardsV2` card. */
export function googleChatMessage(n: Notice) {
  const safe = googleChatSafeText;
  const html = (text: string) => escapeHtml(safe(text)).replaceAll("\n", "<br>");
  return {
    text: safe(`*${n.title}*\n${n.body}`),
    cardsV2: [
      {
        cardId: "beacon-notice",
        card: {
          header: { title: safe(n.title), subtitle: safe(n.pageName) },
          sections: [
            {
              widgets: [
                ...n.facts.map((f) => ({ decoratedText: { topLabel: f.name, text: html(f.value) } })),
                { textParagraph: { text: html(n.body) } },
                ...(n.components.length ? [{ textParagraph: { text: html(n.components.join("\n")) } }] : []),
                { buttonList: { buttons: [{ text: n.linkText, onClick: { openLink: { url: n.link } } }] } },
              ],
            },
          ],
        },
      },
    ],
  };
}

/** Mattermost incoming webhook: a short `text` and one attachment with the facts as fields. */
export function mattermostMessage(n: Notice) {
  const safe = mattermostSafeText;
  return {
    text: safe(`**[${n.pageName}] ${n.title}**`),
    attachments: [
      {
        fallback: safe(`${n.title}: ${n.body}`),
        color: COLOR[n.urgency],
        title: safe(n.title),
        title_link: n.link,
        text: safe([n.body, ...n.components.map((c) => `- ${c}`)].join("\n")),
        fields: n.facts.map((f) => ({ short: true, title: f.name, value: safe(f.value) })),
      },
    ],
  };
}

const NTFY_PRIORITY: Record<Notice["urgency"], number> = { high: 5, default: 3, low: 2 };
const NTFY_TAG: Record<Notice["urgency"], string> = { high: "rotating_light", default: "warning", low: "white_check_mark" };

/** ntfy's JSON publish (POST to the server's root): title, message, priority, tags and a click-through link. */
export function ntfyMessage(n: Notice, topic: string) {
  return {
    topic,
    title: `[${n.pageName}] ${n.title}`,
    message: [...n.facts.map((f) => `${f.name}: ${f.value}`), n.body, ...n.components].join("\n"),
    priority: NTFY_PRIORITY[n.urgency],
    tags: [NTFY_TAG[n.urgency]],
    click: n.link,
  };
}

/** Telegram Bot API sendMessage, in its HTML parse mode: every text escaped, mentions broken, within 4096 chars. */
export function telegramMessage(n: Notice, chatId: string) {
  const t = (text: string) => escapeHtml(personalMentionSafeText(text));
  const tail = [...n.components.map((c) => `• ${t(c)}`), `<a href="${escapeHtml(n.link)}">${n.linkText}</a>`].join("\n");
  const head = [`<b>${t(n.title)}</b>`, `<i>${t(n.pageName)}</i>`, ...n.facts.map((f) => `<b>${t(f.name)}:</b> ${t(f.value)}`)].join("\n");
  const room = TELEGRAM_MAX_CHARS - head.length - tail.length - 4;
  const body = t(n.body);
  // Cut at a whole entity, never inside "&amp;".
  const cut = body.length > room ? `${body.slice(0, Math.max(0, room - 1)).replace(/&[a-z]*$/, "")}…` : body;
  return {
    chat_id: chatId,
    text: `${head}\n\n${cut}\n\n${tail}`,
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  };
}
