import "server-only";
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { defaultLocaleOf } from "@/lib/i18n/page-languages";
import { readPageModel } from "@/lib/pages/request-page";

// next-intl's per-request configuration (named in next.config.mjs through its plugin). The language is decided
// before rendering, from the URL only (proxy.ts resolves ?lang= into this header), else the page's default
// language, so a render depends on nothing the front server's cache key does not hold. Times are formatted in the
// zone each component passes.

async function pageDefaultLocale(): Promise<Locale> {
  try {
    return defaultLocaleOf((await readPageModel()).page.defaultLanguage);
  } catch {
    return DEFAULT_LOCALE; // no model yet (store down before the first read), or no page: the error page speaks English
  }
}

export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(requested) ? requested : await pageDefaultLocale();
  return { locale, messages: await messagesFor(locale), timeZone: "UTC" };
});
