import Link from "next/link";
import { InlineAction } from "@/components/admin/inline-action";
import { formatPercent } from "@/components/status/format-percent";
import { RelativeTime } from "@/components/time/relative-time";
import { Card } from "@/components/ui/card";
import type { FormActionFor } from "@/lib/admin-actions/form-state";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { ComponentMonitoring } from "@/lib/monitors/admin-overview";
import { describeCheck, formatResponseTime } from "./format-check";
import { MonitorStateBadge } from "./monitor-state-badge";

const KIND_LABEL = { http: "HTTP", tcp: "TCP", heartbeat: "Heartbeat", dns: "DNS", tls: "TLS certificate", postgres: "Postgres" } as const;

/** One component: its monitoring settings and its monitors with their latest results. */
/** The server actions a component's monitoring card runs. */
export interface ComponentMonitorsActions {
  handStatusToMonitors: FormActionFor<[componentId: string]>;
  setAutoIncidents: FormActionFor<[componentId: string, autoIncidents: boolean]>;
  setMonitorRunning: FormActionFor<[monitorId: string, enabled: boolean]>;
}

export function ComponentMonitorsCard({
  component,
  serverNow,
  actions,
}: {
  component: ComponentMonitoring;
  serverNow: string;
  actions: ComponentMonitorsActions;
}) {
  const { id, name } = component;
  return (
    <Card>
      <section aria-label={name} className="space-y-3 p-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 className="font-semibold">{name}</h2>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              {COMPONENT_STATUS_LABEL[component.status]}
              {component.manualStatus ? " · set by hand: monitors leave it alone" : ""}
              {component.autoIncidents ? " · monitors open incidents" : " · monitors only set the status"}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {component.manualStatus && (
              <InlineAction action={actions.handStatusToMonitors.bind(null, id)} label={`Clear the manual status of ${name}`}>
                Clear manual status
              </InlineAction>
            )}
            <InlineAction
              action={actions.setAutoIncidents.bind(null, id, !component.autoIncidents)}
              label={component.autoIncidents ? `Stop monitors opening incidents for ${name}` : `Let monitors open incidents for ${name}`}
            >
              {component.autoIncidents ? "Turn auto incidents off" : "Turn auto incidents on"}
            </InlineAction>
          </div>
        </div>
        {component.monitors.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No monitors.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th className="py-1 pr-3 font-medium">Monitor</th>
                  <th className="py-1 pr-3 font-medium">State</th>
                  <th className="py-1 pr-3 font-medium">Last check</th>
                  <th className="py-1 pr-3 font-medium">Response</th>
                  <th className="py-1 pr-3 font-medium">Uptime 24 h</th>
                  <th className="py-1 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {component.monitors.map(({ monitor, lastCheck, uptime24h }) => (
                  <tr key={monitor.id}>
                    <td className="py-2 pr-3">
                      <Link href={`/admin/monitors/${monitor.id}`} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                        {monitor.name}
                      </Link>
                      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                        {KIND_LABEL[monitor.kind]} · every {monitor.intervalSeconds} s
                      </span>
                    </td>
                    <td className="py-2 pr-3">
                      <MonitorStateBadge state={monitor.state} enabled={monitor.enabled} />
                    </td>
                    <td className="py-2 pr-3">
                      {lastCheck ? (
                        <>
                          <RelativeTime iso={lastCheck.startedAt.toISOString()} serverNow={serverNow} />
                          <span className="block text-xs text-zinc-600 dark:text-zinc-400">{describeCheck(lastCheck)}</span>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="py-2 pr-3 tabular-nums">{formatResponseTime(lastCheck?.responseTimeMs)}</td>
                    <td className="py-2 pr-3 tabular-nums">{uptime24h === null ? "—" : formatPercent(uptime24h)}</td>
                    <td className="py-2">
                      <InlineAction
                        action={actions.setMonitorRunning.bind(null, monitor.id, !monitor.enabled)}
                        label={`${monitor.enabled ? "Pause" : "Resume"} ${monitor.name}`}
                      >
                        {monitor.enabled ? "Pause" : "Resume"}
                      </InlineAction>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Card>
  );
}
