import { LANG_PARAM, LOCALES, type Locale } from "./locales";

// One stable URL per language: the page's default language at the plain URL, every other at ?lang=<locale>. The
// language is part of the URL (not only of a cookie or header), so the front server's cache key and every link
// name it, and search engines get one indexable page per language.

/** The URL of the same page in `locale`; other parameters kept, a stray ?lang replaced. */
export function localizedUrl(url: string | URL, locale: Locale, defaultLocale: Locale): string {
  const target = new URL(url);
  if (locale === defaultLocale) target.searchParams.delete(LANG_PARAM);
  else target.searchParams.set(LANG_PARAM, locale);
  return target.toString();
}

export interface AlternateLink {
  hrefLang: string;
  href: string;
}

/** <link rel="alternate" hreflang> for every offered language, and x-default at the plain URL. */
export function alternateLinks(url: string | URL, page: { defaultLocale: Locale; locales: readonly Locale[] }): AlternateLink[] {
  const offered = LOCALES.filter((locale) => locale === page.defaultLocale || page.locales.includes(locale));
  return [
    ...offered.map((locale) => ({ hrefLang: locale, href: localizedUrl(url, locale, page.defaultLocale) })),
    { hrefLang: "x-default", href: localizedUrl(url, page.defaultLocale, page.defaultLocale) },
  ];
}

/** The same links in the shape of Next's `metadata.alternates` (canonical and languages). */
export function alternatesMetadata(url: string | URL, locale: Locale, page: { defaultLocale: Locale; locales: readonly Locale[] }) {
  return {
    canonical: localizedUrl(url, locale, page.defaultLocale),
    languages: Object.fromEntries(alternateLinks(url, page).map((link) => [link.hrefLang, link.href])),
  };
}
