"use server";
import type { MonitorFormAnswer } from "@/components/monitors/monitor-form-state";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { clearManualStatus } from "@/lib/components/clear-manual-status";
import { succeeded } from "@/lib/core/result";
import { createMonitor } from "@/lib/monitors/create";
import { deleteMonitor } from "@/lib/monitors/delete";
import { heartbeatUrl } from "@/lib/monitors/heartbeat-url";
import { rotateHeartbeatToken } from "@/lib/monitors/rotate-heartbeat-token";
import { setAutoIncidents } from "@/lib/monitors/set-auto-incidents";
import { setMonitorEnabled } from "@/lib/monitors/set-enabled";
import { targetWarning } from "@/lib/monitors/target-warning";
import { updateMonitor } from "@/lib/monitors/update";
import { monitorFormInput } from "./form-input";

// Each action: one domain call, then refresh (the public page shows what monitors decide).

const permission = "monitors.manage";
const revalidate = { paths: [EVERY_PAGE] };

// Push URLs are built on the page's public URL (lib/page/page-url.ts), never on the request's Host.
export const addMonitor = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createMonitor(actor, monitorFormInput(form)),
  respond: async ({ monitor, heartbeatPath }): Promise<MonitorFormAnswer> => {
    const url = heartbeatPath ? await heartbeatUrl(heartbeatPath) : null;
    return { created: { id: monitor.id, name: monitor.name, heartbeatUrl: url }, warning: (await targetWarning(monitor)) ?? undefined };
  },
});

export const saveMonitor = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, monitorId: string) => updateMonitor(actor, monitorId, monitorFormInput(form)),
  respond: async (monitor): Promise<MonitorFormAnswer> => ({ saved: true, warning: (await targetWarning(monitor)) ?? undefined }),
});

export const setMonitorRunning = adminAction({
  permission,
  revalidate,
  run: ({ actor }, monitorId: string, enabled: boolean) => setMonitorEnabled(actor, monitorId, enabled),
});

export const removeMonitor = adminAction({
  permission,
  revalidate,
  run: ({ actor }, monitorId: string) => deleteMonitor(actor, monitorId),
  redirectTo: () => "/admin/monitors",
});

// A new push URL changes nothing the pages show, so nothing is refreshed.
export const newHeartbeatUrl = adminAction({
  permission,
  run: async ({ actor }, monitorId: string) => {
    const result = await rotateHeartbeatToken(actor, monitorId);
    return result.ok ? succeeded({ monitorId, heartbeatPath: result.data.heartbeatPath }) : result;
  },
  respond: async ({ monitorId, heartbeatPath }): Promise<MonitorFormAnswer> => ({
    created: { id: monitorId, name: "", heartbeatUrl: await heartbeatUrl(heartbeatPath) },
  }),
});

export const setComponentAutoIncidents = adminAction({
  permission,
  revalidate,
  run: ({ actor }, componentId: string, autoIncidents: boolean) => setAutoIncidents(actor, componentId, { autoIncidents }),
});

export const handStatusToMonitors = adminAction({
  permission,
  revalidate,
  run: ({ actor }, componentId: string) => clearManualStatus(actor, componentId),
});
