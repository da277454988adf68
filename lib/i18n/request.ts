import "server-only";
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { messagesFor } from "./messages";

// next-intl's per-request configuration (named in next.config.ts through its plugin). The language is decided
// before rendering, from the URL only (proxy.ts resolves ?lang= into this header), so a render depends on nothing
// the front server's cache key does not hold. Times are formatted in the zone each component passes.

export const LOCALE_HEADER = "x-beacon-locale";

export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await messagesFor(locale), timeZone: "UTC" };
});
