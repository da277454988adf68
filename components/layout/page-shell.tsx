import type { CSSProperties, ReactNode } from "react";
import { LiveUpdates } from "@/components/live/live-updates";
import { accentProperties } from "@/lib/pages/accent";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

export function PageShell({
  pageName,
  logoUrl,
  accentColor,
  version = null,
  children,
}: {
  pageName: string;
  logoUrl?: string | null;
  /** The page's accent (lib/pages/accent.ts): set as custom properties on the page root, which app/globals.css reads. */
  accentColor?: string | null;
  /** The page.updated_at the page was rendered from: open pages refresh when status.json moves past it. */
  version?: string | null;
  children: ReactNode;
}) {
  const accent = accentProperties(accentColor);
  const page = (
    <>
      <SkipLink />
      <SiteHeader pageName={pageName} logoUrl={logoUrl} />
      <main id="main" className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
        {children}
      </main>
      <LiveUpdates renderedVersion={version} />
      <SiteFooter />
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
