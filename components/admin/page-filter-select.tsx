import { inputClass } from "./form-controls";

/** The `statusPage` select of an admin list's GET filter form: "All pages", or one page by slug. */
export function PageFilterSelect({ pages, selected }: { pages: { slug: string; name: string }[]; selected?: string }) {
  return (
    <div>
      <label htmlFor="statusPage" className="block text-sm font-medium">
        Page
      </label>
      <select id="statusPage" name="statusPage" defaultValue={selected ?? ""} className={inputClass}>
        <option value="">All pages</option>
        {pages.map((page) => (
          <option key={page.slug} value={page.slug}>
            {page.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A list's filter form that has only the page select (maintenance, components); shown when there are several pages. */
export function PageFilterForm({
  action,
  pages,
  selected,
}: {
  action: string;
  pages: { slug: string; name: string }[];
  selected?: string;
}) {
  if (pages.length < 2) return null;
  return (
    <form method="get" action={action} className="flex items-end gap-3" aria-label="Filter by page">
      <PageFilterSelect pages={pages} selected={selected} />
      <button
        type="submit"
        className="rounded-md border border-zinc-300 px-3 py-2 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Filter
      </button>
    </form>
  );
}
