import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ja from "@/messages/ja.json";
import ptBR from "@/messages/pt-BR.json";

// The private page's sign-in page in the reader's language, known synchronously: the gate answers from memory,
// in the front server and its edge workers too (outside Next's module graph). Only the `access` namespace.

const ACCESS: Record<Locale, Partial<typeof en.access>> = {
  en: en.access,
  de: de.access,
  fr: fr.access,
  es: es.access,
  "pt-BR": ptBR.access,
  ja: ja.access,
  ar: ar.access,
};

/**
 * The language of a sign-in page: the `?lang=` of the page the reader asked for (or returns to), else their
 * browser's. A private page's own default language is not known before sign-in (the rule is all the gate holds).
 */
export function signInLocale(returnTo: string, acceptLanguage: string | string[] | null | undefined): Locale {
  const queryAt = returnTo.indexOf("?");
  const langParam = queryAt === -1 ? null : new URLSearchParams(returnTo.slice(queryAt + 1)).get("lang");
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage;
  return resolveLocale({ langParam, acceptLanguage: header }, { defaultLocale: DEFAULT_LOCALE, locales: LOCALES, followBrowser: true })
    .locale;
}

const translators = new Map<Locale, SignInTranslator>();

function translatorOf(locale: Locale) {
  return createTranslator({ locale, messages: { access: { ...en.access, ...ACCESS[locale] } }, namespace: "access" });
}

export type SignInTranslator = ReturnType<typeof translatorOf>;

export function signInWords(locale: Locale): SignInTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = translatorOf(locale);
    translators.set(locale, t);
  }
  return t;
}
