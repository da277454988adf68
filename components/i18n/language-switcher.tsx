import type { AlternateLink } from "@/lib/i18n/hreflang";
import { isLocale, LOCALE_AUTONYM, type Locale } from "@/lib/i18n/locales";

/**
 * The page in each offered language: plain links to each language's own URL, so it works without JavaScript (public
 * pages ship none of Next's) and every version stays linkable. The front server remembers the pick in a cookie when
 * the reader follows one (front-server/reader-language.ts). Every link names its language (?lang=), the default's
 * too, so picking the default language beats the browser's. Each link is at least 24 px square, a touch target
 * (WCAG 2.5.8; Lighthouse's target-size audit).
 */
export function LanguageSwitcher({ label, current, links }: { label: string; current: Locale; links: AlternateLink[] }) {
  const languages = links.filter((link): link is AlternateLink & { hrefLang: Locale } => isLocale(link.hrefLang));
  if (languages.length < 2) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap justify-center gap-x-3 gap-y-1" data-language-switcher>
      {languages.map(({ hrefLang, href }) => (
        <a
          key={hrefLang}
          href={href}
          hrefLang={hrefLang}
          lang={hrefLang}
          aria-current={hrefLang === current ? "true" : undefined}
          className="inline-flex min-h-6 min-w-6 items-center justify-center hover:underline aria-[current=true]:font-semibold"
        >
          {LOCALE_AUTONYM[hrefLang]}
        </a>
      ))}
    </nav>
  );
}
