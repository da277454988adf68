import { canonicalLocale, DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import { matchLocale, type PageLanguages } from "./resolve-locale";

// A page's languages from its settings: its default language (any tag an admin typed, "de-CH" → de) and whether a
// reader's browser may choose. Every shipped language is offered: a reader may always pick their own.

export function defaultLocaleOf(defaultLanguage: string | null | undefined): Locale {
  return canonicalLocale(defaultLanguage) ?? (defaultLanguage ? matchLocale([defaultLanguage], LOCALES) : null) ?? DEFAULT_LOCALE;
}

export function pageLanguagesOf(page: { defaultLanguage?: string | null; followBrowserLanguage?: boolean | null }): PageLanguages {
  return {
    defaultLocale: defaultLocaleOf(page.defaultLanguage),
    locales: LOCALES,
    followBrowser: page.followBrowserLanguage ?? true,
  };
}
