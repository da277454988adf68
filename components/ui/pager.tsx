import Link from "next/link";

export const OUTLINE_LINK_CLASS =
  "rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** "← Newer" / "Older →" links between the pages of a list, newest first; `hrefOf` builds a page's URL. */
export function Pager({
  label,
  page,
  pageCount,
  hrefOf,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  return (
    <nav aria-label={label} className="flex justify-between">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={OUTLINE_LINK_CLASS}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} className={OUTLINE_LINK_CLASS}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
