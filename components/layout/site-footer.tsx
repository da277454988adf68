import { pageLinks } from "@/lib/pages/request-page";
export async function SiteFooter() {
  const link = await pageLinks();
  return (
    <footer className="mx-auto max-w-4xl px-4 py-10 text-center text-xs text-zinc-600 sm:px-6 dark:text-zinc-400">
      Powered by <span className="font-semibold">Beacon</span> · times shown in your time zone; hover a time for UTC
      <nav aria-label="Subscribe" className="mt-2">
        <a href={link("/history.atom")} className="hover:underline">
          Atom
        </a>{" "}
        ·{" "}
        <a href={link("/history.rss")} className="hover:underline">
          RSS
        </a>{" "}
        ·{" "}
        <a href={link("/maintenance.ics")} className="hover:underline">
          Calendar
        </a>
      </nav>
    </footer>
  );
}
