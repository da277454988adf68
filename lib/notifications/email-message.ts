import { bodyOf, componentLines, headline, pageLink, type Words, windowLine } from "./describe";
import type { NotificationPayload } from "./payload";

export interface EmailLinks {
  baseUrl: string;
  manageUrl: string;
  unsubscribeUrl: string;
  /** Only for the double opt-in mail. */
  confirmUrl?: string;
}
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/**
 * Subject, plain text and HTML of one notification mail in the subscriber's language (`words`); the update's
 * markdown is shown as text, never as HTML.
 */
export function renderEmail(
  payload: NotificationPayload,
  pageName: string,
  timeZone: string,
  links: EmailLinks,
  words: Words,
): EmailContent {
  const { t } = words;
  const footer = [
    t("notifications.manageLine", { url: links.manageUrl }),
    t("notifications.unsubscribeLine", { url: links.unsubscribeUrl }),
  ];
  if (payload.event === "subscription.confirm") {
    const intro = payload.alreadyConfirmed ? t("notifications.alreadyIntro", { pageName }) : t("notifications.confirmIntro", { pageName });
    const action = payload.alreadyConfirmed ? links.manageUrl : links.confirmUrl!;
    const subject = payload.alreadyConfirmed
      ? t("notifications.manageSubject", { pageName })
      : t("notifications.confirmSubject", { pageName });
    const ignore = t("notifications.ignore");
    return {
      subject,
      text: [intro, "", action, "", ignore, "", ...footer].join("\n"),
      html: page(
        subject,
        [
          `<p>${escapeHtml(intro)}</p>`,
          `<p><a href="${escapeHtml(action)}">${escapeHtml(payload.alreadyConfirmed ? t("notifications.manageButton") : t("notifications.confirmButton"))}</a></p>`,
          `<p>${escapeHtml(ignore)}</p>`,
        ],
        links,
        words,
      ),
    };
  }
  const title = headline(payload, words);
  const link = pageLink(payload, links.baseUrl, words);
  const window = windowLine(payload, timeZone, words);
  const components = componentLines(payload.components, words);
  const body = bodyOf(payload, words);
  const text = [
    title,
    "",
    body,
    ...(window ? ["", window] : []),
    ...(components.length ? ["", t("notifications.components"), ...components.map((c) => `- ${c}`)] : []),
    "",
    t("notifications.details", { link }),
    "",
    "--",
    ...footer,
  ].join("\n");
  const html = page(
    title,
    [
      `<h1 style="font-size:18px">${escapeHtml(title)}</h1>`,
      `<div style="white-space:pre-wrap">${escapeHtml(body)}</div>`,
      window ? `<p>${escapeHtml(window)}</p>` : "",
      components.length ? `<ul>${components.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>` : "",
      `<p><a href="${escapeHtml(link)}">${escapeHtml(t("notifications.viewOnPage"))}</a></p>`,
    ],
    links,
    words,
  );
  return { subject: `[${pageName}] ${title}`, text, html };
}

function page(title: string, parts: string[], links: EmailLinks, { t, locale }: Words): string {
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18181b">`,
    ...parts.filter(Boolean),
    `<hr><p style="font-size:12px;color:#52525b"><a href="${escapeHtml(links.manageUrl)}">${escapeHtml(t("notifications.manage"))}</a>`,
    ` · <a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(t("notifications.unsubscribe"))}</a></p>`,
    `</body></html>`,
  ].join("");
}
