import { canonicalLocale, DEFAULT_LOCALE, type Locale } from "./locales";

// An incident's name and each update's message are written in the page's language, and an admin may add
// translations. A reader gets their language where a translation exists, the original otherwise, and is told
// which of the two they read when it is not simply their own language.

export type Translations = Partial<Record<Locale, string>>;

export interface WrittenText {
  text: string;
  /** The language the admin wrote the original in (the page's default language). */
  locale: Locale;
  translations?: Translations | null;
}

export type ShownText =
  /** The reader's language is the one it was written in: nothing to mark. */
  | { kind: "own"; text: string; locale: Locale }
  | { kind: "translated"; text: string; locale: Locale }
  /** No translation in the reader's language: the original, marked as such. */
  | { kind: "original"; text: string; locale: Locale };

export function pickTranslation(written: WrittenText, readerLocale: Locale): ShownText {
  if (readerLocale === written.locale) return { kind: "own", text: written.text, locale: written.locale };
  const translation = written.translations?.[readerLocale]?.trim();
  if (translation) return { kind: "translated", text: translation, locale: readerLocale };
  return { kind: "original", text: written.text, locale: written.locale };
}

/** The language a page's texts are written in: its default language (a pages setting), English before it has one. */
export function writtenLocaleOf(page: { defaultLanguage?: string | null }): Locale {
  return canonicalLocale(page.defaultLanguage) ?? DEFAULT_LOCALE;
}

/** What the public UI, mails and feeds call: an incident's or a maintenance's name in the reader's language, or the original. */
export function shownName(row: { name: string; nameTranslations?: Translations | null }, written: Locale, reader: Locale): ShownText {
  return pickTranslation({ text: row.name, locale: written, translations: row.nameTranslations }, reader);
}

/** An update's message in the reader's language, or the original. */
export function shownBody(row: { body: string; bodyTranslations?: Translations | null }, written: Locale, reader: Locale): ShownText {
  return pickTranslation({ text: row.body, locale: written, translations: row.bodyTranslations }, reader);
}
