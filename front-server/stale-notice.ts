// While the store is unreachable, prepared responses still answer, saying how old they are: a notice at the top of
// every page and a `stale` field in the v2 API documents (allowed by their schemas). Badges, feeds and scripts are
// served as they are, marked stale in x-beacon-surface only. The notice goes first in <body>, outside the React
// tree: React 19 skips unexpected nodes there when it hydrates, so the notice stays, and the live-update leaf
// removes it when the store is back.

import type { Locale } from "@/lib/i18n/locales";
import { pageLocaleOf, staleTexts } from "./stale-notice-text";

export const STORE_NOTICE_ID = "beacon-store-notice";
const BODY_OPEN = /<body[^>]*>/i;

export function staleMessage(asOf: Date): string {
  const hhmm = asOf.toISOString().slice(11, 16);
  return `Status as of ${hhmm} UTC — live updates paused`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The notice in the page's language; the v2 API's `stale.message` stays English (Statuspage's language). */
const TIME_SLOT = "@beacon-time@";

function noticeHtml(asOf: Date, locale: Locale): string {
  const t = staleTexts(locale);
  const time = `<time datetime="${asOf.toISOString()}">${escapeHtml(asOf.toISOString().slice(11, 16))} UTC</time>`;
  const asOfText = escapeHtml(t.markup("staleAsOf", { asOf: TIME_SLOT, time: (chunks) => `<time>${chunks}</time>` }));
  return (
    `<div id="${STORE_NOTICE_ID}" role="status" class=` +
    '"border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm ' +
    'font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">' +
    asOfText.replace(`&lt;time&gt;${TIME_SLOT}&lt;/time&gt;`, time) +
    ` ${escapeHtml(t("staleExplanation"))}</div>`
  );
}

/** The response body to serve while stale, or null when this kind of response is served unchanged. */
export function withStaleNotice(contentType: string, body: Buffer, asOf: Date): Buffer | null {
  if (contentType.startsWith("text/html")) {
    const html = body.toString("utf8");
    const open = BODY_OPEN.exec(html);
    if (!open) return null;
    const at = open.index + open[0].length;
    return Buffer.from(html.slice(0, at) + noticeHtml(asOf, pageLocaleOf(html)) + html.slice(at), "utf8");
  }
  if (contentType.startsWith("application/json")) {
    try {
      const document = JSON.parse(body.toString("utf8"));
      // Only the Statuspage v2 documents (each has a `page`): a shields badge's JSON must keep the keys shields accepts.
      if (!document || typeof document !== "object" || Array.isArray(document) || !("page" in document)) return null;
      return Buffer.from(JSON.stringify({ ...document, stale: { status_as_of: asOf.toISOString(), message: staleMessage(asOf) } }));
    } catch {
      return null;
    }
  }
  return null;
}
