import type { Locale } from "./locales";

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
