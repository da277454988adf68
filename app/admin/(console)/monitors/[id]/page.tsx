import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteAction, InlineAction } from "@/components/admin/inline-action";
import { LocationBreakdownTable } from "@/components/monitors/location-breakdown-table";
import { MonitorForm } from "@/components/monitors/monitor-form";
import { monitorFormValues } from "@/components/monitors/monitor-form-values";
import { MonitorStateBadge } from "@/components/monitors/monitor-state-badge";
import { NewHeartbeatUrlForm } from "@/components/monitors/new-heartbeat-url-form";
import { RecentChecksTable } from "@/components/monitors/recent-checks-table";
import { formatPercent } from "@/components/status/format-percent";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { getComponentLayout } from "@/lib/components/admin-layout";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { storableParams } from "@/lib/http/valid-text";
import { getMonitorDetail } from "@/lib/monitors/admin-overview";
import { getPageSettings } from "@/lib/page/queries";
import { monitorLocationBreakdown } from "@/lib/probes/location-breakdown";
import { probeLocationChoices } from "@/lib/probes/locations";
import { newHeartbeatUrl, removeMonitor, saveMonitor, setMonitorRunning } from "../actions";

export const metadata: Metadata = { title: "Monitor" };
export const dynamic = "force-dynamic";

export default async function MonitorPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireAdmin();
  const { id } = await storableParams(params);
  const [detail, layout, page, locations, perLocation] = await Promise.all([
    getMonitorDetail(id),
    componentsOfAdmin(session).then(getComponentLayout),
    getPageSettings(),
    probeLocationChoices(),
    monitorLocationBreakdown(id),
  ]);
  const components = layout.flatMap((entry) => (entry.kind === "group" ? entry.group.components : [entry.component]));
  // A monitor of a component outside a limited editor's pages is not theirs: the admin's 404, as for incidents.
  if (!detail || !components.some((component) => component.id === detail.monitor.componentId)) notFound();
  const { monitor } = detail;
  return (
    <>
      <div className="space-y-2">
        <Link href="/admin/monitors" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          ← Monitors
        </Link>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight">
          {monitor.name} <MonitorStateBadge state={monitor.state} enabled={monitor.enabled} />
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {detail.componentName} ·{" "}
          {monitor.kind === "http" ? monitor.url : monitor.kind === "tcp" ? `${monitor.host}:${monitor.port}` : "heartbeat"} · uptime 24 h{" "}
          {detail.uptime24h === null ? "—" : formatPercent(detail.uptime24h)}
          {monitor.lastError ? ` · last error: ${monitor.lastError}` : ""}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <InlineAction
            action={setMonitorRunning.bind(null, monitor.id, !monitor.enabled)}
            label={monitor.enabled ? "Pause this monitor" : "Resume this monitor"}
          >
            {monitor.enabled ? "Pause" : "Resume"}
          </InlineAction>
          <DeleteAction
            action={removeMonitor.bind(null, monitor.id)}
            what={monitor.name}
            consequence="The monitor, its checks and its rollups will be deleted; the component's status history stays."
          />
        </div>
      </div>
      {monitor.kind === "heartbeat" && (
        <section aria-labelledby="push-url">
          <SectionHeading id="push-url">Push URL</SectionHeading>
          <Card className="p-4">
            <NewHeartbeatUrlForm action={newHeartbeatUrl.bind(null, monitor.id)} />
          </Card>
        </section>
      )}
      {perLocation && (
        <section aria-labelledby="per-location">
          <SectionHeading id="per-location">Per location (24 h)</SectionHeading>
          <Card className="p-4">
            <LocationBreakdownTable rows={perLocation} timeZone={page.timeZone} />
          </Card>
        </section>
      )}
      <section aria-labelledby="recent-checks">
        <SectionHeading id="recent-checks">Recent checks</SectionHeading>
        <Card className="p-4">
          <RecentChecksTable checks={detail.recentChecks} timeZone={page.timeZone} />
        </Card>
      </section>
      <section aria-labelledby="edit-monitor">
        <SectionHeading id="edit-monitor">Edit</SectionHeading>
        <Card className="p-4">
          <MonitorForm
            action={saveMonitor.bind(null, monitor.id)}
            components={components.map(({ id: cid, name }) => ({ id: cid, name }))}
            saved={monitorFormValues(monitor)}
            locations={locations}
          />
        </Card>
      </section>
    </>
  );
}
