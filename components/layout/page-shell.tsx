import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/live/live-updates";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

export function PageShell({
  pageName,
  logoUrl,
  version = null,
  children,
}: {
  pageName: string;
  logoUrl?: string | null;
  /** The page.updated_at the page was rendered from: open pages refresh when status.json moves past it. */
  version?: string | null;
  children: ReactNode;
}) {
  return (
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
}
