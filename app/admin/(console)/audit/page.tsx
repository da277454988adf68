import type { Metadata } from "next";
import Link from "next/link";
import { AuditEntryRow } from "@/components/admin/audit-entry-row";
import { inputClass } from "@/components/admin/form-controls";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { type AuditFilter, listAuditEntries, listAuditFilterChoices } from "@/lib/audit/queries";
import { requireAdmin } from "@/lib/auth/session";
import { auditEntriesOf } from "@/lib/editor-pages/audit-reach";
import { getPageSettings } from "@/lib/page/queries";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const param = (params: SearchParams, name: string) => {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

/** The filter as query params, so a filtered page can be bookmarked and paged through. */
function filterFrom(params: SearchParams): Required<Pick<AuditFilter, "page">> & AuditFilter {
  const page = Number(param(params, "page") ?? "1");
  return {
    action: param(params, "action"),
    entityType: param(params, "entityType"),
    actor: param(params, "actor"),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function hrefFor(filter: AuditFilter, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["action", "entityType", "actor"] as const) if (filter[key]) query.set(key, filter[key]);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireAdmin();
  const filter = filterFrom(await searchParams);
  const [log, choices, settings] = await Promise.all([
    auditEntriesOf(session).then((within) => listAuditEntries(filter, within)),
    listAuditFilterChoices(),
    getPageSettings(),
  ]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Every admin write, newest first: who, when, what, and the record before and after.
        </p>
      </div>
      <form method="get" action="/admin/audit" className="grid items-end gap-3 sm:grid-cols-4" aria-label="Filter the audit log">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Action
          </label>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className={inputClass}>
            <option value="">Any action</option>
            {choices.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entityType" className="block text-sm font-medium">
            Record type
          </label>
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className={inputClass}>
            <option value="">Any type</option>
            {choices.entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">
            Who
          </label>
          <input id="actor" name="actor" defaultValue={filter.actor ?? ""} placeholder="Email or token name" className={inputClass} />
        </div>
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900"
          >
            Filter
          </button>
          <Link href="/admin/audit" className="px-2 py-2 text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {log.total} {log.total === 1 ? "entry" : "entries"} · page {log.page} of {log.pageCount}
      </p>
      {log.entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No entries match.</p>
      ) : (
        <Card>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {log.entries.map((entry) => (
              <AuditEntryRow key={entry.id} entry={entry} timeZone={settings.timeZone} />
            ))}
          </ul>
        </Card>
      )}
      <Pager label="Audit log pages" page={log.page} pageCount={log.pageCount} hrefOf={(page) => hrefFor(filter, page)} />
    </>
  );
}
