import { getTranslations } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { LiveUpdates } from "@/components/live/live-updates";
import { accentProperties } from "@/lib/pages/accent";
import { readerLanguages } from "@/lib/pages/reader-languages";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

export async function PageShell({
  path,
  pageName,
  logoUrl,
  accentColor,
  version = null,
  children,
}: {
  /** The route within the page ("/", "/history?page=2"): its other languages are linked (hreflang, switcher). None: a reader's own page (a token in its URL), not linked. */
  path?: string;
  pageName: string;
  logoUrl?: string | null;
  /** The page's accent (lib/pages/accent.ts): set as custom properties on the page root, which app/globals.css reads. */
  accentColor?: string | null;
  /** The page.updated_at the page was rendered from: open pages refresh when status.json moves past it. */
  version?: string | null;
  children: ReactNode;
}) {
  const accent = accentProperties(accentColor);
  const languages = path === undefined ? null : await readerLanguages(path);
  const t = await getTranslations("live");
  const page = (
    <>
      {/* React puts these in <head>: search engines find each language's URL. */}
      {languages?.alternates.map((link) => (
        <link key={link.hrefLang} rel="alternate" hrefLang={link.hrefLang} href={link.href} />
      ))}
      <SkipLink />
      <SiteHeader pageName={pageName} logoUrl={logoUrl} />
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
        {children}
      </main>
      <LiveUpdates
        renderedVersion={version}
        label={t("lastUpdated")}
        words={{
          paused: t("paused"),
          pausedSentence: t("pausedSentence"),
          // The island fills in the time; the tags are left out (plain text).
          staleAsOf: t.markup("staleAsOf", { asOf: "{asOf}", time: (chunks) => chunks }),
          staleExplanation: t("staleExplanation"),
        }}
      />
      <SiteFooter languages={languages} />
    </>
  );
  // Without an accent the markup is what it always was.
  return accent ? (
    <div data-page-accent="" style={accent as CSSProperties}>
      {page}
    </div>
  ) : (
    page
  );
}
