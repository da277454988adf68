import "server-only";
import { getLocale } from "next-intl/server";
import { type AlternateLink, alternateLinks } from "@/lib/i18n/hreflang";
import { LANG_PARAM, type Locale } from "@/lib/i18n/locales";
import { pageLanguagesOf } from "@/lib/i18n/page-languages";
import { readPageModel, requestPage } from "./request-page";

// The languages of the page being rendered: hreflang links (the default language at the plain URL, x-default) and
// the switcher's links (every language named, the default's too, so a pick beats the reader's browser language).

export interface ReaderLanguages {
  locale: Locale;
  /** <link rel="alternate" hreflang>: absolute on the page's address. */
  alternates: AlternateLink[];
  /** The language switcher's links, relative to the site. */
  switcher: AlternateLink[];
}

/** `path`: the route within the page ("/", "/history?page=2"), without ?lang. */
export async function readerLanguages(path: string): Promise<ReaderLanguages> {
  const [locale, model, { base }] = await Promise.all([getLocale(), readPageModel(), requestPage()]);
  const languages = pageLanguagesOf(model.page);
  const origin = originOf(model.page.url);
  const onPage = `${base}${path === "/" && base ? "" : path}` || "/";
  const absolute = alternateLinks(new URL(onPage, origin), languages);
  const alternates = absolute.map((link) => (origin === LOCAL ? { ...link, href: relative(link.href) } : link));
  const switcher = absolute
    .filter((link) => link.hrefLang !== "x-default")
    .map((link) => {
      const url = new URL(link.href);
      url.searchParams.set(LANG_PARAM, link.hrefLang);
      return { hrefLang: link.hrefLang, href: relative(url.toString()) };
    });
  return { locale, alternates, switcher };
}

const LOCAL = "http://page.invalid";

/** The scheme and host of the page's configured address; a placeholder (links stay relative) when it has none. */
function originOf(url: string | null | undefined): string {
  try {
    return url ? new URL(url).origin : LOCAL;
  } catch {
    return LOCAL;
  }
}

function relative(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search;
}
