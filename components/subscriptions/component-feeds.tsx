import { getTranslations } from "next-intl/server";
import { pageLinks } from "@/lib/pages/request-page";
/** Feeds that follow one component or group: for readers who can't (or won't) subscribe by email or chat. */
export async function ComponentFeeds({ targets }: { targets: { slug: string; name: string; isGroup: boolean }[] }) {
  const href = await pageLinks();
  const t = await getTranslations();
  if (targets.length === 0) return null;
  const link = "underline hover:text-zinc-900 dark:hover:text-zinc-100";
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">{t("subscribe.followOne")}</summary>
      <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
        {targets.map((target) => {
          const q = `?component=${encodeURIComponent(target.slug)}`;
          return (
            <li key={`${target.isGroup ? "g" : "c"}-${target.slug}`} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
              <span>
                {target.name}
                {target.isGroup && <span className="text-zinc-600 dark:text-zinc-400">{t("subscribe.groupMarker")}</span>}
              </span>
              <span className="flex gap-3 text-zinc-600 dark:text-zinc-400">
                <a className={link} href={href(`/history.atom${q}`)} aria-label={t("subscribe.atomFeedOf", { name: target.name })}>
                  {t("common.atom")}
                </a>
                <a className={link} href={href(`/history.rss${q}`)} aria-label={t("subscribe.rssFeedOf", { name: target.name })}>
                  {t("common.rss")}
                </a>
                <a className={link} href={href(`/maintenance.ics${q}`)} aria-label={t("subscribe.calendarOf", { name: target.name })}>
                  {t("common.calendar")}
                </a>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
