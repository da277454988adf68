import type { PageAccessRule } from "./access-rule";
import { addressAllowed } from "./ip-allowlist";
import { readTokenMatches } from "./read-token";
import { verifyViewer } from "./viewer-cookie";

// The one decision every path to a page's content takes — the front server, its edge workers and Next's proxy — so
// no second path serves gated content with a different guard.

export interface ReaderFacts {
  /** The URL's path (no query). */
  path: string;
  /** From the socket and trusted proxies only (lib/net/client-address.ts). */
  clientAddress: string;
  /** The page's viewer cookie, as sent. */
  viewerCookie: string | undefined;
  /** `?token=` as sent. */
  readToken: string | null;
}

export type AccessDecision =
  | { access: "allow"; via: "public" | "viewer" | "address" | "read-token" }
  /** sign-in: an HTML page offering the page's way in; machine: a bare 401 (badges, feeds, API); forbidden: 403. */
  | { access: "refuse"; status: 401 | 403; answer: "sign-in" | "machine" | "forbidden" };

/** The pages a person reads in a browser; everything else public is read by machines (badges, feeds, API, widget script). */
const HTML_PATH = /^\/(?:|history|incidents\/[^/.]+|maintenance\/[^/.]+|subscribe|embed)$/;

export const isHtmlPath = (path: string) => HTML_PATH.test(path);

export function decideAccess(facts: ReaderFacts, rule: PageAccessRule, viewerKey: string | undefined, now: number): AccessDecision {
  if (rule.kind === "public") return { access: "allow", via: "public" };
  const html = isHtmlPath(facts.path);
  if (rule.kind === "ip") {
    if (addressAllowed(facts.clientAddress, rule.cidrs)) return { access: "allow", via: "address" };
  } else if (verifyViewer(viewerKey, facts.viewerCookie, rule.pageId, rule.epoch, now)) {
    return { access: "allow", via: "viewer" };
  }
  // Only machines' URLs: a token in a page's URL would leak through links and the Referer header.
  if (!html && readTokenMatches(facts.readToken, rule.readTokenHash)) return { access: "allow", via: "read-token" };
  if (rule.kind === "ip") return { access: "refuse", status: 403, answer: html ? "forbidden" : "machine" };
  return { access: "refuse", status: 401, answer: html ? "sign-in" : "machine" };
}

/** Headers on every answer of a private page: never kept by a shared cache, never indexed. */
export const PRIVATE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex",
};
