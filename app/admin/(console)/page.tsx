import Link from "next/link";
import { InlineAction } from "@/components/admin/inline-action";
import { OverallBanner } from "@/components/status/overall-banner";
import { LocalTime } from "@/components/time/local-time";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { incidentsShownTo, maintenancesShownTo } from "@/lib/editor-pages/shown-to";
import { listDraftIncidents } from "@/lib/incidents/drafts";
import { getStatusPage } from "@/lib/status/queries";
import { publishDraft } from "./incidents/actions";

export const dynamic = "force-dynamic";

export default async function AdminDashboard() {
  const session = await requireAdmin();
  const [view, allDrafts] = await Promise.all([getStatusPage(), listDraftIncidents()]);
  const [incidentsShown, maintenancesShown] = await Promise.all([
    incidentsShownTo(
      session,
      [...allDrafts, ...view.activeIncidents].map((incident) => incident.id),
    ),
    maintenancesShownTo(
      session,
      view.upcomingMaintenances.map((m) => m.id),
    ),
  ]);
  const drafts = allDrafts.filter((draft) => incidentsShown.has(draft.id));
  const activeIncidents = view.activeIncidents.filter((incident) => incidentsShown.has(incident.id));
  const upcomingMaintenances = view.upcomingMaintenances.filter((m) => maintenancesShown.has(m.id));
  const tz = view.page.timeZone;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Dashboard</h1>
        <Link href="/admin/incidents/new" className="rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800">
          Open an incident
        </Link>
      </div>
      <OverallBanner {...view.overall} generatedAt={view.generatedAt} />
      {drafts.length > 0 && (
        <section aria-labelledby="draft-incidents">
          <SectionHeading id="draft-incidents">Draft incidents ({drafts.length})</SectionHeading>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Opened by alert rules for review: only admins see them, and nobody is notified until one is published.
          </p>
          <ul className="space-y-3">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div>
                    <p className="font-semibold">{draft.name}</p>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      Draft · {INCIDENT_STATUS_LABEL[draft.status]} · {IMPACT_LABEL[draft.impact]} impact · started{" "}
                      <LocalTime iso={draft.startedAt.toISOString()} pageTimeZone={tz} />
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/incidents/${draft.id}`} className="text-sm text-sky-700 underline dark:text-sky-400">
                      Review and edit
                    </Link>
                    <InlineAction action={publishDraft.bind(null, draft.id)} label={`Publish ${draft.name}`}>
                      Publish
                    </InlineAction>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="open-incidents">
        <SectionHeading id="open-incidents">Open incidents</SectionHeading>
        <p className="mb-3 text-sm">
          <Link href="/admin/incidents?state=resolved" className="text-sky-700 hover:underline dark:text-sky-400">
            Resolved incidents and the whole history →
          </Link>
        </p>
        {activeIncidents.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No open incidents.</p>
        ) : (
          <ul className="space-y-3">
            {activeIncidents.map((incident) => (
              <li key={incident.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div>
                    <p className="font-semibold">{incident.name}</p>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      {INCIDENT_STATUS_LABEL[incident.status]} · {IMPACT_LABEL[incident.impact]} impact · started{" "}
                      <LocalTime iso={incident.startedAt.toISOString()} pageTimeZone={tz} />
                    </p>
                  </div>
                  <Link
                    href={`/admin/incidents/${incident.id}`}
                    className="rounded-lg bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-white dark:text-zinc-900"
                  >
                    Post update
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="upcoming-maintenance">
        <SectionHeading id="upcoming-maintenance">Upcoming maintenance</SectionHeading>
        {upcomingMaintenances.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing scheduled.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {upcomingMaintenances.map((m) => (
              <li key={m.id}>
                <span className="font-medium">{m.name}</span> · <LocalTime iso={m.scheduledFor.toISOString()} pageTimeZone={tz} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
