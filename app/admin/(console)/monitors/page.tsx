import type { Metadata } from "next";
import { ComponentMonitorsCard } from "@/components/monitors/component-monitors-card";
import { MonitorForm } from "@/components/monitors/monitor-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { getMonitoringOverview } from "@/lib/monitors/admin-overview";
import { probeLocationChoices } from "@/lib/probes/locations";
import { addMonitor, handStatusToMonitors, setComponentAutoIncidents, setMonitorRunning } from "./actions";

export const metadata: Metadata = { title: "Monitors" };
export const dynamic = "force-dynamic";

const cardActions = { handStatusToMonitors, setAutoIncidents: setComponentAutoIncidents, setMonitorRunning };

export default async function MonitorsPage() {
  const session = await requireAdmin();
  const now = new Date();
  const [components, locations] = await Promise.all([
    componentsOfAdmin(session).then((onPages) => getMonitoringOverview(now, onPages)),
    probeLocationChoices(),
  ]);
  const monitored = components.filter((c) => c.monitors.length > 0);
  const unmonitored = components.filter((c) => c.monitors.length === 0);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Monitors</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Health checks set each component&apos;s status (unless an admin set it by hand) and, with auto incidents on, open and resolve
          incidents. Their results feed the public uptime bars and response-time charts.
        </p>
      </div>
      <section aria-labelledby="monitored" className="space-y-4">
        <SectionHeading id="monitored">Monitored components</SectionHeading>
        {monitored.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No monitors yet: add one below.</p>}
        {monitored.map((component) => (
          <ComponentMonitorsCard key={component.id} component={component} serverNow={now.toISOString()} actions={cardActions} />
        ))}
      </section>
      <section aria-labelledby="add-monitor">
        <SectionHeading id="add-monitor">Add a monitor</SectionHeading>
        <Card className="p-4">
          <MonitorForm action={addMonitor} components={components.map(({ id, name }) => ({ id, name }))} locations={locations} />
        </Card>
      </section>
      {unmonitored.length > 0 && (
        <section aria-labelledby="unmonitored">
          <SectionHeading id="unmonitored">Without monitors</SectionHeading>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {unmonitored.map((c) => c.name).join(", ")}: their uptime comes from their status history.
          </p>
        </section>
      )}
    </>
  );
}
