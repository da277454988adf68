import type { Metadata } from "next";
import { MaintenanceAdminRow } from "@/components/admin/maintenance-admin-row";
import { PageFilterForm } from "@/components/admin/page-filter-select";
import { ScheduleMaintenanceForm } from "@/components/admin/schedule-maintenance-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { listReachOfSession } from "@/lib/editor-pages/list-reach";
import { maintenancesOn } from "@/lib/editor-pages/where";
import { listMaintenancesForAdmin, type MaintenanceSummary } from "@/lib/maintenance/queries";
import { getPageSettings } from "@/lib/page/queries";
import { listPageChoices } from "@/lib/pages/form-choices";
import { scheduleMaintenance } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Maintenance" };

export default async function AdminMaintenancePage({ searchParams }: { searchParams: Promise<{ statusPage?: string }> }) {
  const session = await requireAdmin();
  const statusPage = (await searchParams).statusPage?.trim() || undefined;
  const [reach, pages] = await Promise.all([listReachOfSession(session, statusPage), listPageChoices()]);
  const [lists, components, page] = await Promise.all([
    listMaintenancesForAdmin(maintenancesOn(reach.reaches)),
    componentsOfAdmin(session).then(listComponentChoices),
    getPageSettings(),
  ]);
  const tz = page.timeZone;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Scheduled maintenance</h1>
        <a href="#schedule-heading" className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          Schedule maintenance
        </a>
      </div>
      <PageFilterForm action="/admin/maintenance" pages={pages} selected={statusPage} />
      <MaintenanceSection
        id="underway"
        title="In progress"
        empty="No maintenance in progress."
        maintenances={lists.underway}
        timeZone={tz}
      />
      <MaintenanceSection id="upcoming" title="Upcoming" empty="Nothing scheduled." maintenances={lists.upcoming} timeZone={tz} />
      <MaintenanceSection
        id="completed"
        title="Recently completed"
        empty="No maintenance completed yet."
        maintenances={lists.recentlyCompleted}
        timeZone={tz}
      />
      <section aria-labelledby="schedule-heading">
        <SectionHeading id="schedule-heading">Schedule maintenance</SectionHeading>
        <Card className="p-5 sm:p-6">
          <ScheduleMaintenanceForm schedule={scheduleMaintenance} components={components} pageTimeZone={tz} />
        </Card>
      </section>
    </>
  );
}

function MaintenanceSection({
  id,
  title,
  empty,
  maintenances,
  timeZone,
}: {
  id: string;
  title: string;
  empty: string;
  maintenances: MaintenanceSummary[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <SectionHeading id={`${id}-heading`}>{title}</SectionHeading>
      {maintenances.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>
      ) : (
        <ul className="space-y-3">
          {maintenances.map((m) => (
            <li key={m.id}>
              <MaintenanceAdminRow maintenance={m} timeZone={timeZone} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
