import { pageLinks } from "@/lib/pages/request-page";
/** Feeds that follow one component or group: for readers who can't (or won't) subscribe by email or chat. */
export async function ComponentFeeds({ targets }: { targets: { slug: string; name: string; isGroup: boolean }[] }) {
  const href = await pageLinks();
  if (targets.length === 0) return null;
  const link = "underline hover:text-zinc-900 dark:hover:text-zinc-100";
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">Follow one component by feed or calendar</summary>
      <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
        {targets.map((t) => {
          const q = `?component=${encodeURIComponent(t.slug)}`;
          return (
            <li key={`${t.isGroup ? "g" : "c"}-${t.slug}`} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
              <span>
                {t.name}
                {t.isGroup && <span className="text-zinc-600 dark:text-zinc-400"> (group)</span>}
              </span>
              <span className="flex gap-3 text-zinc-600 dark:text-zinc-400">
                <a className={link} href={href(`/history.atom${q}`)} aria-label={`${t.name}: Atom feed`}>
                  Atom
                </a>
                <a className={link} href={href(`/history.rss${q}`)} aria-label={`${t.name}: RSS feed`}>
                  RSS
                </a>
                <a className={link} href={href(`/maintenance.ics${q}`)} aria-label={`${t.name}: maintenance calendar`}>
                  Calendar
                </a>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
