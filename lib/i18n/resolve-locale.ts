import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { canonicalLocale, type Locale } from "./locales";

// Which language a reader gets, as one pure decision: the URL names it (?lang=de or /de/…) > the language the reader
// picked before (cookie) > their browser's (Accept-Language), if the page allows it > the page's default. Parsing
// and matching are next-intl's own choice of libraries (negotiator, @formatjs/intl-localematcher).

export type LocaleSource = "url" | "cookie" | "accept-language" | "page-default";

export interface LocaleRequest {
  /** The value of ?lang=, if any. */
  langParam?: string | null;
  /** The request's path; a leading /de/ names the language as ?lang=de does. */
  pathname?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}

export interface PageLanguages {
  defaultLocale: Locale;
  /** The languages the page offers (its default among them). */
  locales: readonly Locale[];
  /** Whether a reader's Accept-Language may choose; off, readers without a choice of their own get the default. */
  followBrowser: boolean;
}

export interface ResolvedLocale {
  locale: Locale;
  source: LocaleSource;
}

/** The best offered language for a list of wanted tags (most wanted first), or null when none is close. */
export function matchLocale(wanted: readonly string[], offered: readonly Locale[]): Locale | null {
  const valid = wanted.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false; // "*" or garbage: a header is not ours to trust
    }
  });
  if (valid.length === 0 || offered.length === 0) return null;
  const NONE = "und";
  const found = match(valid, offered, NONE, { algorithm: "best fit" });
  return found === NONE ? null : canonicalLocale(found);
}

/** "/de/history" → "de"; null when the first segment is not an offered language. */
export function localeOfPath(pathname: string | null | undefined, offered: readonly Locale[]): Locale | null {
  const first = pathname?.split("/")[1];
  const locale = canonicalLocale(first);
  return locale && offered.includes(locale) ? locale : null;
}

function explicit(value: string | null | undefined, offered: readonly Locale[]): Locale | null {
  if (!value) return null;
  const exact = canonicalLocale(value);
  if (exact) return offered.includes(exact) ? exact : null;
  return matchLocale([value], offered); // "pt" → pt-BR, "de-AT" → de
}

export function resolveLocale(request: LocaleRequest, page: PageLanguages): ResolvedLocale {
  const offered = page.locales.includes(page.defaultLocale) ? page.locales : [page.defaultLocale, ...page.locales];
  const fromUrl = explicit(request.langParam, offered) ?? localeOfPath(request.pathname, offered);
  if (fromUrl) return { locale: fromUrl, source: "url" };
  const fromCookie = explicit(request.cookie, offered);
  if (fromCookie) return { locale: fromCookie, source: "cookie" };
  if (page.followBrowser && request.acceptLanguage) {
    const wanted = new Negotiator({ headers: { "accept-language": request.acceptLanguage } }).languages();
    const fromBrowser = matchLocale(wanted, offered);
    if (fromBrowser) return { locale: fromBrowser, source: "accept-language" };
  }
  return { locale: page.defaultLocale, source: "page-default" };
}
