import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import { messagesFor } from "./messages";

// Texts made outside a React render (mails, chat and webhook texts, feeds, the embed script) in a chosen language:
// the subscriber's for what is sent to them, the URL's for what a reader fetches. Same messages, same library.
// No server-only guard: the front server (outside Next's module graph) writes its stale notice with it too.

export async function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: await messagesFor(locale) });
}

export type Translator = Awaited<ReturnType<typeof translatorFor>>;

/** "Acme status page", "Statusseite von Acme"; a page named "… Status" does not get the word twice in English. */
export function statusTitleIn(t: Translator, pageName: string, what: "page" | "history"): string {
  const name = pageName.trim();
  return t("common.statusTitle", { name, what, endsWithStatus: /\bstatus$/i.test(name) ? "true" : "false" });
}
