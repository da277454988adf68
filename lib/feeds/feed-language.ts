import { canonicalLocale, type Locale } from "@/lib/i18n/locales";
import { writtenLocaleOf } from "@/lib/i18n/translated-text";
import type { PublicModel } from "@/lib/public-model/model";

// Which language a feed or the calendar is written in (`?lang=de`); lib/public-model/model-in-language.ts gives
// the model in it.

/** The language a feed is written in: its `?lang=`, else the page's own. */
export function feedLocale(model: PublicModel, reader: Locale | null): Locale {
  return reader ?? writtenLocaleOf(model.page);
}

/** `?lang=` of a feed URL, or null for the page's own language. */
export function feedLangParam(request: Request): Locale | null {
  return canonicalLocale(new URL(request.url).searchParams.get("lang"));
}
