"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { clearManualStatus } from "@/lib/components/clear-manual-status";
import type { MutationResult } from "@/lib/core/result";
import { createMonitor } from "@/lib/monitors/create";
import { deleteMonitor } from "@/lib/monitors/delete";
import { heartbeatUrl } from "@/lib/monitors/heartbeat-url";
import { rotateHeartbeatToken } from "@/lib/monitors/rotate-heartbeat-token";
import { setAutoIncidents } from "@/lib/monitors/set-auto-incidents";
import { setMonitorEnabled } from "@/lib/monitors/set-enabled";
import { targetWarning } from "@/lib/monitors/target-warning";
import { updateMonitor } from "@/lib/monitors/update";
import { type FormState, failureState } from "../form-state";
import { type MonitorFormState, monitorFormInput } from "./form-input";

// Each action: guard, one domain call, then refresh (the public page shows what monitors decide).

function settle(result: MutationResult<unknown>, form: FormData): FormState {
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
}

export const addMonitor = answeringStoreOutage(async function addMonitor(
  _previous: MonitorFormState,
  form: FormData,
): Promise<MonitorFormState> {
  const session = await requireAdmin();
  const result = await createMonitor(actorOf(session), monitorFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  const { monitor, heartbeatPath } = result.data;
  const url = heartbeatPath ? await heartbeatUrl(heartbeatPath) : null;
  return { created: { id: monitor.id, name: monitor.name, heartbeatUrl: url }, warning: (await targetWarning(monitor)) ?? undefined };
});

export const saveMonitor = answeringStoreOutage(async function saveMonitor(
  monitorId: string,
  _previous: MonitorFormState,
  form: FormData,
): Promise<MonitorFormState> {
  const session = await requireAdmin();
  const result = await updateMonitor(actorOf(session), monitorId, monitorFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return { saved: true, warning: (await targetWarning(result.data)) ?? undefined };
});

export const setMonitorRunning = answeringStoreOutage(async function setMonitorRunning(
  monitorId: string,
  enabled: boolean,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await setMonitorEnabled(actorOf(session), monitorId, enabled), form);
});

export const removeMonitor = answeringStoreOutage(async function removeMonitor(
  monitorId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await deleteMonitor(actorOf(session), monitorId);
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  redirect("/admin/monitors");
});

export const newHeartbeatUrl = answeringStoreOutage(async function newHeartbeatUrl(
  monitorId: string,
  _previous: MonitorFormState,
  form: FormData,
): Promise<MonitorFormState> {
  const session = await requireAdmin();
  const result = await rotateHeartbeatToken(actorOf(session), monitorId);
  if (!result.ok) return failureState(result.error, form);
  return { created: { id: monitorId, name: "", heartbeatUrl: await heartbeatUrl(result.data.heartbeatPath) } };
});

export const setComponentAutoIncidents = answeringStoreOutage(async function setComponentAutoIncidents(
  componentId: string,
  autoIncidents: boolean,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await setAutoIncidents(actorOf(session), componentId, { autoIncidents }), form);
});

export const handStatusToMonitors = answeringStoreOutage(async function handStatusToMonitors(
  componentId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await clearManualStatus(actorOf(session), componentId), form);
});
