import type { Metadata } from "next";
import Link from "next/link";
import { IncidentFilterForm } from "@/components/admin/incident-filter-form";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { OUTLINE_LINK_CLASS, Pager } from "@/components/ui/pager";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { listReachOfSession } from "@/lib/editor-pages/list-reach";
import { incidentsOn } from "@/lib/editor-pages/where";
import { type AdminIncidentFilter, INCIDENT_STATES, type IncidentState, listIncidentsForAdmin } from "@/lib/incidents/list-for-admin";
import { getPageSettings } from "@/lib/page/queries";
import { listPageChoices } from "@/lib/pages/form-choices";

export const metadata: Metadata = { title: "Incidents" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const FILTER_KEYS = ["state", "q", "component", "impact", "from", "to", "statusPage"] as const;

const param = (params: SearchParams, name: string) => {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

/** The filter as query params, so a filtered list can be bookmarked and paged through. */
function filterFrom(params: SearchParams): AdminIncidentFilter {
  const page = Number(param(params, "page") ?? "1");
  const state = param(params, "state");
  return {
    state: INCIDENT_STATES.includes(state as IncidentState) ? (state as IncidentState) : "all",
    search: param(params, "q"),
    componentId: param(params, "component"),
    impact: param(params, "impact"),
    from: param(params, "from"),
    to: param(params, "to"),
    statusPage: param(params, "statusPage"),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function hrefFor(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = param(params, key);
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/admin/incidents?${text}` : "/admin/incidents";
}

export default async function AdminIncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const session = await requireAdmin();
  const params = await searchParams;
  const filter = filterFrom(params);
  const [settings, reach, pages] = await Promise.all([
    getPageSettings(),
    listReachOfSession(session, filter.statusPage),
    listPageChoices(),
  ]);
  const [list, components] = await Promise.all([
    listIncidentsForAdmin(filter, settings.timeZone, incidentsOn(reach.reaches)),
    componentsOfAdmin(session).then(listComponentChoices),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Incidents</h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link href="/admin/incidents/past" className={OUTLINE_LINK_CLASS}>
            Record a past incident
          </Link>
          <Link href="/admin/incidents/new" className="rounded-lg bg-red-700 px-3 py-1 font-semibold text-white hover:bg-red-800">
            Open an incident
          </Link>
        </div>
      </div>
      {param(params, "deleted") && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          Deleted — the incident is gone from the status page, the history and the API.
        </p>
      )}
      <IncidentFilterForm filter={filter} components={components} timeZone={settings.timeZone} pages={pages} />
      <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {list.total} {list.total === 1 ? "incident" : "incidents"} · page {list.page} of {list.pageCount}
      </p>
      {list.incidents.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No incidents match.</p>
      ) : (
        <Card>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {list.incidents.map((incident) => (
              <li key={incident.id} className="p-4">
                <Link
                  href={`/admin/incidents/${incident.id}`}
                  className="font-semibold break-words text-sky-700 hover:underline dark:text-sky-400"
                >
                  {incident.name}
                </Link>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {incident.draft && <strong className="text-amber-800 dark:text-amber-300">Draft (not public) · </strong>}
                  {INCIDENT_STATUS_LABEL[incident.status]} · {IMPACT_LABEL[incident.impact]} impact · started{" "}
                  <LocalTime iso={incident.startedAt.toISOString()} pageTimeZone={settings.timeZone} />
                  {incident.componentNames.length > 0 && <> · {incident.componentNames.join(", ")}</>}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Pager label="Incident list pages" page={list.page} pageCount={list.pageCount} hrefOf={(page) => hrefFor(params, page)} />
    </>
  );
}
