import { PAGE_BASE_HEADER } from "@/lib/page-addressing/addressing";
import { isPrivate, type PageAccessRule } from "./access-rule";
import { type AccessDecision, decideAccess } from "./decide";
import { type Refusal, refusalOf } from "./refusal";
import { signInLocale } from "./sign-in-words";
import { cookieValue, viewerCookieName } from "./viewer-cookie";

// The gate in front of a page's public routes, taken by the front server, its edge workers and Next's proxy alike.
// Plain data in, no store: it answers while the store is down.

export interface AccessGate {
  /** Each page's rule by id; undefined before any model exists (nothing to serve yet, so nothing to gate). */
  rules: ReadonlyMap<string, PageAccessRule> | undefined;
  viewerKey: string | undefined;
}

export interface GateRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  clientAddress: string;
}

export type GateAnswer =
  /** `private`: the answer must carry PRIVATE_PAGE_HEADERS. */
  { allowed: true; private: boolean; decision?: AccessDecision } | { allowed: false; refusal: Refusal };

const OPEN: GateAnswer = { allowed: true, private: false };

/** Whether the reader of `request` may read page `pageId`, and if not, what to answer instead. */
export function gateReader(request: GateRequest, pageId: string, gate: AccessGate, now: number): GateAnswer {
  const rule = gate.rules?.get(pageId);
  if (!isPrivate(rule)) return OPEN;
  const queryAt = request.url.indexOf("?");
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const readToken = queryAt === -1 ? null : new URLSearchParams(request.url.slice(queryAt + 1)).get("token");
  const viewerCookie = cookieValue(request.headers.cookie, viewerCookieName(pageId));
  const decision = decideAccess({ path, clientAddress: request.clientAddress, viewerCookie, readToken }, rule, gate.viewerKey, now);
  if (decision.access === "allow") return { allowed: true, private: true, decision };
  // Back to where the reader asked, under /p/<slug> when that is where they came (the URL here is within the page).
  const base = request.headers[PAGE_BASE_HEADER];
  const returnTo = `${typeof base === "string" ? base : ""}${request.url}`;
  const locale = signInLocale(request.url, request.headers["accept-language"]);
  return { allowed: false, refusal: refusalOf(decision, rule.kind, pageId, path, returnTo, locale) };
}
