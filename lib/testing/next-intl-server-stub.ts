import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// vitest runs outside React Server Components, where next-intl/server refuses to run ("not supported in Client
// Components"). Integration tests that call a page as a function get the same messages through next-intl's own
// createTranslator, in English (no request, so no ?lang= and no page language). Aliased in vitest.config.ts.

export async function getLocale(): Promise<string> {
  return DEFAULT_LOCALE;
}

export function getMessages() {
  return messagesFor(DEFAULT_LOCALE);
}

export async function getTranslations(options?: string | { locale?: string; namespace?: string }) {
  const { locale, namespace } = typeof options === "string" ? { locale: undefined, namespace: options } : (options ?? {});
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: language, messages: await messagesFor(language), namespace: namespace as never });
}

export function getRequestConfig<T>(create: T): T {
  return create;
}
