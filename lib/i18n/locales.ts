// The languages Beacon ships. Plain data, no server-only guard: the language switcher (a client leaf) lists them too.

export const LOCALES = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

/** What a page speaks until its admin chooses otherwise, and what a missing message falls back to. */
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, so a reader finds their own in the switcher whatever the page's language. */
export const LOCALE_AUTONYM: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  ja: "日本語",
  ar: "العربية",
};

/** The URL parameter naming a language (`?lang=de`), and the cookie remembering a reader's pick from the switcher. */
export const LANG_PARAM = "lang";
export const LOCALE_COOKIE = "beacon-lang";
const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

/** The Set-Cookie / document.cookie value that remembers a reader's language for a year, on every path. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE_S}; SameSite=Lax`;
}

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The `dir` of the page's <html>: Arabic mirrors the layout. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/** "pt-br", "PT_BR" → "pt-BR": a shipped locale written any way a URL or cookie may carry it, or null. */
export function canonicalLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const wanted = value.trim().replace("_", "-").toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === wanted) ?? null;
}
