import { createTranslator } from "next-intl";
import { canonicalLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ja from "@/messages/ja.json";
import ptBR from "@/messages/pt-BR.json";

// The stale notice's words in the page's language, known synchronously (the notice is added as bytes are served):
// only the `live` namespace of each language, English where a language lacks a key.

const LIVE: Record<Locale, Partial<typeof en.live>> = {
  en: en.live,
  de: de.live,
  fr: fr.live,
  es: es.live,
  "pt-BR": ptBR.live,
  ja: ja.live,
  ar: ar.live,
};

const LANG_ATTRIBUTE = /<html[^>]*\slang="([^"]+)"/i;

/** The language of an HTML page, from its <html lang>; the default when it names none Beacon ships. */
export function pageLocaleOf(html: string): Locale {
  return canonicalLocale(LANG_ATTRIBUTE.exec(html)?.[1]) ?? DEFAULT_LOCALE;
}

export function staleTexts(locale: Locale) {
  return createTranslator({ locale, messages: { live: { ...en.live, ...LIVE[locale] } }, namespace: "live" });
}
