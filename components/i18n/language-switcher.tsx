"use client";
import type { AlternateLink } from "@/lib/i18n/hreflang";
import { isLocale, LOCALE_AUTONYM, type Locale, localeCookie } from "@/lib/i18n/locales";

/**
 * The page in each offered language: plain links to each language's own URL (so it works without JavaScript and
 * every version stays linkable), and a click remembers the pick in a cookie for the pages the reader opens later.
 */
export function LanguageSwitcher({ label, current, links }: { label: string; current: Locale; links: AlternateLink[] }) {
  const languages = links.filter((link): link is AlternateLink & { hrefLang: Locale } => isLocale(link.hrefLang));
  if (languages.length < 2) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap justify-center gap-x-3 gap-y-1">
      {languages.map(({ hrefLang, href }) => (
        <a
          key={hrefLang}
          href={href}
          hrefLang={hrefLang}
          lang={hrefLang}
          aria-current={hrefLang === current ? "true" : undefined}
          onClick={() => {
            // biome-ignore lint/suspicious/noDocumentCookie: one first-party preference cookie, read by the server
            document.cookie = localeCookie(hrefLang);
          }}
          className="hover:underline aria-[current=true]:font-semibold"
        >
          {LOCALE_AUTONYM[hrefLang]}
        </a>
      ))}
    </nav>
  );
}
