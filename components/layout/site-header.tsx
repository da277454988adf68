import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageLinks } from "@/lib/pages/request-page";

export async function SiteHeader({ pageName, logoUrl }: { pageName: string; logoUrl?: string | null }) {
  const link = await pageLinks();
  const t = await getTranslations("common");
  return (
    <header className="border-b border-zinc-200 bg-white/80 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/80">
      <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={link("/")} prefetch={false} className="flex items-center gap-2.5 font-semibold text-zinc-900 dark:text-zinc-100">
          {logoUrl ? (
            // Decorative (the page name beside it says what it is); a plain img because any host may serve it.
            <img src={logoUrl} alt="" width={32} height={32} className="size-8 rounded-lg object-contain" />
          ) : (
            <span
              aria-hidden
              className="page-accent-mark grid size-8 place-items-center rounded-lg bg-zinc-900 text-white dark:bg-white dark:text-zinc-900"
            >
              ◉
            </span>
          )}
          <span className="text-lg tracking-tight">{pageName}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex gap-4 text-sm font-medium">
          <Link href={link("/")} prefetch={false} className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">
            {t("navStatus")}
          </Link>
          <Link
            href={link("/history")}
            prefetch={false}
            className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
          >
            {t("navHistory")}
          </Link>
          <Link
            href={link("/subscribe")}
            prefetch={false}
            className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
          >
            {t("navSubscribe")}
          </Link>
        </nav>
      </div>
    </header>
  );
}
