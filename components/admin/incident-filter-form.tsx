import Link from "next/link";
import type { ComponentChoice } from "@/lib/components/queries";
import { IMPACT_LABEL } from "@/lib/core/status-vocabulary";
import type { AdminIncidentFilter } from "@/lib/incidents/list-for-admin";
import { inputClass } from "./form-controls";
import { PageFilterSelect } from "./page-filter-select";

const STATE_LABEL = { open: "Open", resolved: "Resolved", all: "All" } as const;

/** The incident list's filter, as a GET form so every filtered list has its own URL. */
export function IncidentFilterForm({
  filter,
  components,
  timeZone,
  pages,
}: {
  filter: AdminIncidentFilter;
  components: ComponentChoice[];
  timeZone: string;
  /** The status pages to filter by; the select shows when there are several. */
  pages: { slug: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/admin/incidents"
      className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label="Filter incidents"
    >
      <div>
        <label htmlFor="state" className="block text-sm font-medium">
          Show
        </label>
        <select id="state" name="state" defaultValue={filter.state} className={inputClass}>
          {Object.entries(STATE_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          Name contains
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.search ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="component" className="block text-sm font-medium">
          Component
        </label>
        <select id="component" name="component" defaultValue={filter.componentId ?? ""} className={inputClass}>
          <option value="">Any component</option>
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.groupName ? `${c.groupName} › ${c.name}` : c.name}
            </option>
          ))}
        </select>
      </div>
      {pages.length > 1 && <PageFilterSelect pages={pages} selected={filter.statusPage} />}
      <div>
        <label htmlFor="impact" className="block text-sm font-medium">
          Impact
        </label>
        <select id="impact" name="impact" defaultValue={filter.impact ?? ""} className={inputClass}>
          <option value="">Any impact</option>
          {Object.entries(IMPACT_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor="from" className="block text-sm font-medium">
            Started from
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} aria-describedby="dates-hint" />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">
            to
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} className={inputClass} aria-describedby="dates-hint" />
        </div>
        <p id="dates-hint" className="col-span-2 text-xs text-zinc-600 dark:text-zinc-400">
          Days in the page's time zone ({timeZone})
        </p>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900"
        >
          Filter
        </button>
        <Link href="/admin/incidents" className="px-2 py-2 text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
