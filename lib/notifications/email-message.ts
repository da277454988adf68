import { bodyOf, componentLines, headline, pageLink, windowLine } from "./describe";
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

/** Subject, plain text and HTML of one notification mail; the update's markdown is shown as text, never as HTML. */
export function renderEmail(payload: NotificationPayload, pageName: string, timeZone: string, links: EmailLinks): EmailContent {
  const footer = [`Manage your subscription: ${links.manageUrl}`, `Unsubscribe: ${links.unsubscribeUrl}`];
  if (payload.event === "subscription.confirm") {
    const intro = payload.alreadyConfirmed
      ? `You are already subscribed to ${pageName} updates. Use the link below to change what you receive.`
      : `Someone (hopefully you) asked to receive ${pageName} status updates at this address. Confirm to start receiving them:`;
    const action = payload.alreadyConfirmed ? links.manageUrl : links.confirmUrl!;
    const subject = payload.alreadyConfirmed ? `Manage your subscription to ${pageName}` : `Confirm your subscription to ${pageName}`;
    const ignore = "If you did not ask for this, ignore this message: nothing will be sent.";
    return {
      subject,
      text: [intro, "", action, "", ignore, "", ...footer].join("\n"),
      html: page(
        subject,
        [
          `<p>${escapeHtml(intro)}</p>`,
          `<p><a href="${escapeHtml(action)}">${payload.alreadyConfirmed ? "Manage subscription" : "Confirm subscription"}</a></p>`,
          `<p>${escapeHtml(ignore)}</p>`,
        ],
        links,
      ),
    };
  }
  const title = headline(payload);
  const link = pageLink(payload, links.baseUrl);
  const window = windowLine(payload, timeZone);
  const components = componentLines(payload.components);
  const text = [
    title,
    "",
    bodyOf(payload),
    ...(window ? ["", window] : []),
    ...(components.length ? ["", "Components:", ...components.map((c) => `- ${c}`)] : []),
    "",
    `Details: ${link}`,
    "",
    "--",
    ...footer,
  ].join("\n");
  const html = page(
    title,
    [
      `<h1 style="font-size:18px">${escapeHtml(title)}</h1>`,
      `<div style="white-space:pre-wrap">${escapeHtml(bodyOf(payload))}</div>`,
      window ? `<p>${escapeHtml(window)}</p>` : "",
      components.length ? `<ul>${components.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>` : "",
      `<p><a href="${escapeHtml(link)}">View on the status page</a></p>`,
    ],
    links,
  );
  return { subject: `[${pageName}] ${title}`, text, html };
}

function page(title: string, parts: string[], links: EmailLinks): string {
  return [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#18181b">`,
    ...parts.filter(Boolean),
    `<hr><p style="font-size:12px;color:#52525b"><a href="${escapeHtml(links.manageUrl)}">Manage your subscription</a>`,
    ` · <a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe</a></p>`,
    `</body></html>`,
  ].join("");
}
