import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";
import { writtenLocaleOf } from "./translated-text";
import { translatorFor } from "./translator";

// What a public page needs to show translated incident texts: the reader's language, the one the texts were
// written in, and the marker's two words in the reader's language. Plain data, so the timelines stay sync
// components a test can render.

export interface ReaderLanguage {
  reader: Locale;
  written: Locale;
  marker: { translated: string; original: string };
}

export async function readerLanguageFor(reader: Locale, page: { defaultLanguage?: string | null }): Promise<ReaderLanguage> {
  const t = await translatorFor(reader);
  return { reader, written: writtenLocaleOf(page), marker: { translated: t("common.translated"), original: t("common.original") } };
}

/** The reader's language as next-intl has it for this render (i18n/request.ts: ?lang=, else the page's own). */
export async function readerLanguage(page: { defaultLanguage?: string | null }): Promise<ReaderLanguage> {
  const requested = await getLocale();
  return readerLanguageFor(isLocale(requested) ? requested : writtenLocaleOf(page), page);
}
