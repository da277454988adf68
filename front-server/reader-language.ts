import type { ServerResponse } from "node:http";
import { localizedUrl } from "@/lib/i18n/hreflang";
import { canonicalLocale, LANG_PARAM, LOCALE_COOKIE, localeCookie } from "@/lib/i18n/locales";
import { type PageLanguages, resolveLocale } from "@/lib/i18n/resolve-locale";
import { cookieValue } from "@/lib/page-access/viewer-cookie";
import { htmlRouteOf } from "./public-routes";

// Which language a reader's HTML request is answered in, decided before the prepared bytes are looked up. The bytes
// depend on the URL alone (?lang=), so a reader whose cookie or browser asks for another language than the page's
// default is sent to that language's URL, and a ?lang= the reader followed (the switcher's links) is remembered.
// Neither answer is kept by any shared cache. Feeds, badges and the v2 API are never redirected.

export type LanguageAnswer =
  /** Serve the prepared bytes, with these headers on top (a cookie to remember a language). */
  { kind: "serve"; headers?: Record<string, string> } | { kind: "redirect"; location: string; headers: Record<string, string> };

const NOT_KEPT = { "cache-control": "private, no-store", vary: "Cookie, Accept-Language" };

const DEFAULT_VARY = "Accept-Encoding, Cookie, Accept-Language";

export interface LanguageRequest {
  /** The URL the reader asked for (with a /p/<slug> prefix, if any): a redirect keeps it. */
  url: string;
  /** The route within its page (without the prefix): which route it is. */
  routeUrl: string;
  headers: Record<string, string | string[] | undefined>;
}

export function readerLanguage(request: LanguageRequest, languages: PageLanguages | undefined): LanguageAnswer {
  if (!languages) return { kind: "serve" };
  const routeUrl = new URL(request.routeUrl, "http://route");
  if (!htmlRouteOf(routeUrl.pathname)) return { kind: "serve" };
  const cookie = cookieValue(request.headers.cookie, LOCALE_COOKIE);
  const asked = routeUrl.searchParams.get(LANG_PARAM);
  if (asked !== null) {
    const locale = canonicalLocale(asked);
    if (!locale || canonicalLocale(cookie) === locale) return { kind: "serve" };
    return { kind: "serve", headers: { "set-cookie": localeCookie(locale), ...NOT_KEPT } };
  }
  const acceptLanguage = request.headers["accept-language"];
  const { locale } = resolveLocale(
    { cookie, acceptLanguage: Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage },
    languages,
  );
  // The plain URL's bytes are the default language's, and answer readers of it only: a shared cache must ask again.
  if (locale === languages.defaultLocale) return { kind: "serve", headers: { vary: DEFAULT_VARY } };
  const target = new URL(localizedUrl(new URL(request.url, "http://reader"), locale, languages.defaultLocale));
  return { kind: "redirect", location: target.pathname + target.search, headers: NOT_KEPT };
}

/** A 302 to the reader's language; its body names the target for a client that does not follow. */
export function writeLanguageRedirect(response: ServerResponse, answer: Extract<LanguageAnswer, { kind: "redirect" }>) {
  response.writeHead(302, { location: answer.location, "content-type": "text/plain; charset=utf-8", ...answer.headers });
  response.end(answer.location);
}
