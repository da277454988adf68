import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditMaintenanceForm } from "@/components/admin/edit-maintenance-form";
import { MaintenanceSeriesCard } from "@/components/admin/maintenance-series-card";
import { MaintenanceUpdateForm } from "@/components/admin/maintenance-update-form";
import { MaintenanceTimeline } from "@/components/maintenance/maintenance-timeline";
import { LocalTime } from "@/components/time/local-time";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { maintenancePath } from "@/lib/core/public-paths";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { accessToMaintenance } from "@/lib/editor-pages/access";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { storableParams } from "@/lib/http/valid-text";
import { getMaintenanceForAdmin } from "@/lib/maintenance/queries";
import { checkMaintenanceTransition } from "@/lib/maintenance/transitions";
import { getPageSettings } from "@/lib/page/queries";
import { postMaintenanceUpdate, saveMaintenanceWindow, stopRepeatingMaintenance } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Maintenance" };

type Props = { params: Promise<{ id: string }> };

export default async function AdminMaintenanceDetailPage({ params }: Props) {
  const session = await requireAdmin();
  const { id } = await storableParams(params);
  const [maintenance, access, components, page] = await Promise.all([
    getMaintenanceForAdmin(id),
    accessToMaintenance(session, id),
    componentsOfAdmin(session).then(listComponentChoices),
    getPageSettings(),
  ]);
  if (!maintenance || access === "none") notFound();
  const tz = page.timeZone;
  const updatedAt = maintenance.updatedAt.toISOString();
  const nextStatuses = Object.values(MaintenanceStatus).filter((s) => checkMaintenanceTransition(maintenance.status, s).ok);
  return (
    <>
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/admin/maintenance" className="text-sky-700 underline dark:text-sky-400">
            Maintenance
          </Link>{" "}
          · {MAINTENANCE_STATUS_LABEL[maintenance.status]} · <LocalTime iso={maintenance.scheduledFor.toISOString()} pageTimeZone={tz} /> –{" "}
          <LocalTime iso={maintenance.scheduledUntil.toISOString()} pageTimeZone={tz} />
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{maintenance.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {maintenance.componentNames.length > 0
            ? `Components: ${maintenance.componentNames.join(", ")}`
            : "No components under maintenance."}
          {" · "}
          <Link href={maintenancePath(maintenance.id)} prefetch={false} className="text-sky-700 underline dark:text-sky-400">
            Public page
          </Link>
        </p>
        <MaintenanceSeriesCard
          recurrence={maintenance.recurrence}
          seriesId={maintenance.seriesId}
          stop={access === "change" && maintenance.recurrence ? stopRepeatingMaintenance.bind(null, maintenance.id) : undefined}
        />
      </div>
      {access === "see" && (
        <Card className="p-4 text-sm">
          This maintenance also names components outside your pages, so you can read it but not change it. Ask an owner.
        </Card>
      )}
      {access === "change" && nextStatuses.length > 0 && (
        <section aria-labelledby="post-update-heading">
          <SectionHeading id="post-update-heading">Post an update</SectionHeading>
          <Card className="p-5 sm:p-6">
            <MaintenanceUpdateForm
              post={postMaintenanceUpdate.bind(null, maintenance.id)}
              currentStatus={maintenance.status}
              statuses={nextStatuses}
              updatedAt={updatedAt}
            />
          </Card>
        </section>
      )}
      {access === "change" && maintenance.status === "scheduled" && (
        <section aria-labelledby="edit-heading">
          <SectionHeading id="edit-heading">Edit before it starts</SectionHeading>
          <Card className="p-5 sm:p-6">
            <EditMaintenanceForm
              save={saveMaintenanceWindow.bind(null, maintenance.id)}
              updatedAt={updatedAt}
              components={components}
              pageTimeZone={tz}
              nameTranslations={maintenance.nameTranslations}
              saved={{
                name: maintenance.name,
                scheduledFor: maintenance.scheduledFor.toISOString(),
                scheduledUntil: maintenance.scheduledUntil.toISOString(),
                componentIds: maintenance.componentIds,
                autoStart: maintenance.autoStart,
                autoComplete: maintenance.autoComplete,
              }}
            />
          </Card>
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <SectionHeading id="timeline-heading">Timeline</SectionHeading>
        <Card className="p-5 sm:p-6">
          <MaintenanceTimeline updates={maintenance.updates} timeZone={tz} />
        </Card>
      </section>
    </>
  );
}
