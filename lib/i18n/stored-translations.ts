import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "./locales";
import type { Translations } from "./translated-text";

// Translations as a JSON column keeps them (Incident.nameTranslations, IncidentUpdate.bodyTranslations, …): NULL when
// there are none, so rows without translations stay as small as before.

export function translationsColumn(translations: Translations | undefined): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return translations && Object.keys(translations).length > 0 ? translations : Prisma.DbNull;
}

/** A column's JSON read back: only shipped languages with text, or null (a language dropped from Beacon is ignored). */
export function readTranslations(value: unknown): Translations | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const kept: Translations = {};
  for (const [locale, text] of Object.entries(value)) {
    if (isLocale(locale) && typeof text === "string" && text.trim()) kept[locale] = text;
  }
  return Object.keys(kept).length > 0 ? kept : null;
}
