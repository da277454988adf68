/** Which pages an editor may work on: none ticked leaves them unlimited. */
export function EditorPagesForm({
  email,
  pages,
  limitedTo,
  save,
}: {
  email: string;
  pages: { id: string; name: string }[];
  limitedTo: string[];
  save: (form: FormData) => Promise<void>;
}) {
  return (
    <form action={save} className="mt-2 flex flex-wrap items-center gap-3 text-sm" aria-label={`Pages ${email} may edit`}>
      <span className="text-xs text-zinc-600 dark:text-zinc-400">
        {limitedTo.length ? "Limited to:" : "All pages; to limit, tick some:"}
      </span>
      {pages.map((page) => (
        <label key={page.id} className="flex items-center gap-1">
          <input type="checkbox" name={`page:${page.id}`} defaultChecked={limitedTo.includes(page.id)} />
          {page.name}
        </label>
      ))}
      <button type="submit" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
        Save pages
      </button>
    </form>
  );
}
