import { z } from "zod";
import { isLocale, LOCALES } from "./locales";
import type { Translations } from "./translated-text";

// The `translations` field of the write API and of the admin forms' language tabs, keyed by language and then by the
// same field names as the body: `{ "de": { "name": "…", "message": "…" } }`. Parsed into one `Translations` per field,
// as the store keeps them (nameTranslations, bodyTranslations). A blank tab means "no translation" and is dropped, so
// a reader gets the original instead of nothing.

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** A translated name: trimmed, at most `maxChars`. */
export function translatedName(maxChars: number) {
  return z
    .string({ error: "must be text" })
    .trim()
    .max(maxChars, { error: `must be at most ${maxChars} characters` });
}

/** A translated markdown message: at most `maxBytes`, not trimmed (leading spaces mean something in markdown). */
export function translatedMarkdown(maxBytes: number, limitLabel: string) {
  return z.string({ error: "must be text" }).refine((text) => byteLength(text) <= maxBytes, { error: `must be at most ${limitLabel}` });
}

export function textTranslationsSchema<F extends string>(fields: Record<F, z.ZodType<string, string>>) {
  const names = Object.keys(fields) as F[];
  const shape = Object.fromEntries(names.map((field) => [field, fields[field].optional()])) as Record<
    F,
    z.ZodOptional<z.ZodType<string, string>>
  >;
  const perLocale = z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `each language takes only ${names.join(", ")}` : `must be an object of ${names.join(", ")}`,
  });
  return z
    .record(z.string(), perLocale, { error: 'translations must be an object keyed by language, e.g. { "de": { … } }' })
    .superRefine((byLocale, ctx) => {
      for (const locale of Object.keys(byLocale)) {
        if (!isLocale(locale)) {
          ctx.addIssue({
            code: "custom",
            path: [locale],
            message: `${locale} is not a language Beacon ships; use one of ${LOCALES.join(", ")}`,
          });
        }
      }
    })
    .describe(
      `Translations of this request's ${names.join(" and ")}, by language (${LOCALES.join(", ")}): { "de": { ${names.map((n) => `"${n}": "…"`).join(", ")} } }. Readers in that language see them, marked "translated"; a blank text means none.`,
    )
    .transform((byLocale) => {
      const byField = Object.fromEntries(names.map((field) => [field, {} as Translations])) as Record<F, Translations>;
      for (const locale of LOCALES) {
        for (const field of names) {
          const text = (byLocale[locale] as Partial<Record<F, string>> | undefined)?.[field];
          if (text?.trim()) byField[field][locale] = text;
        }
      }
      return byField;
    });
}
