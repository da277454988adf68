import type { AbstractIntlMessages } from "next-intl";
import en from "@/messages/en.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";

// Each language's messages, loaded once per process; a key a language lacks reads the English text, so a late
// translation shows English rather than a key name (the key check in messages.test.ts keeps such gaps at zero).

export type Messages = typeof en;

const LOADERS: Record<Locale, () => Promise<{ default: unknown }>> = {
  en: () => import("@/messages/en.json"),
  de: () => import("@/messages/de.json"),
  fr: () => import("@/messages/fr.json"),
  es: () => import("@/messages/es.json"),
  "pt-BR": () => import("@/messages/pt-BR.json"),
  ja: () => import("@/messages/ja.json"),
  ar: () => import("@/messages/ar.json"),
};

function withFallback(fallback: AbstractIntlMessages, messages: AbstractIntlMessages): AbstractIntlMessages {
  const merged: AbstractIntlMessages = { ...fallback };
  for (const [key, value] of Object.entries(messages)) {
    const base = fallback[key];
    merged[key] =
      typeof value === "object" && typeof base === "object"
        ? withFallback(base as AbstractIntlMessages, value as AbstractIntlMessages)
        : value;
  }
  return merged;
}

const loaded = new Map<Locale, Promise<AbstractIntlMessages>>();

export function messagesFor(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = LOADERS[locale]().then(({ default: own }) =>
      locale === DEFAULT_LOCALE ? (own as AbstractIntlMessages) : withFallback(en, own as AbstractIntlMessages),
    );
    loaded.set(locale, messages);
  }
  return messages as Promise<Messages>;
}
