import { z } from "zod";
import { LOCALES } from "./locales";
import type { Translations } from "./translated-text";

// The `translations` field of the write API and of the admin form's tabs: per shipped language, the text in that
// language. An empty tab means "no translation" and is dropped, so a reader gets the original instead of nothing.

export function translationsSchema(maxLength: number) {
  return z.partialRecord(z.enum(LOCALES), z.string().trim().max(maxLength)).transform((byLocale): Translations => {
    const kept: Translations = {};
    for (const locale of LOCALES) {
      const text = byLocale[locale];
      if (text) kept[locale] = text;
    }
    return kept;
  });
}
