import "server-only";
import type { TransactionContext } from "@/lib/core/context";
import type { AlertGroup, ComponentStatus, Incident } from "@/lib/generated/prisma/client";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { INCIDENT_NAME_MAX_CHARS } from "@/lib/incidents/schema";
import { isUnresolvedIncident, type UnresolvedIncidentStatus, unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import { type FiringAlert, type FiringMap, impactFor } from "./plan-group";

// The incident an alert group runs: opened (draft or published), updated as alerts fire and resolve, reopened by a
// flap within the hold-down. The same story monitors tell (lib/monitor-runner/auto-incident.ts), for alerts.

type ComponentChange = { componentId: string; status: ComponentStatus };

export function alertIncidentName(firing: FiringAlert[]): string {
  const first = firing[0]?.title ?? "Alert";
  const name = firing.length > 1 ? `${first} (and ${firing.length - 1} more alert${firing.length > 2 ? "s" : ""})` : first;
  return name.length > INCIDENT_NAME_MAX_CHARS ? `${name.slice(0, INCIDENT_NAME_MAX_CHARS - 1)}…` : name;
}

function firingMessage(alerts: FiringAlert[], again: boolean): string {
  const lines = alerts.map((a) => `- **${a.title}**${a.description ? `: ${a.description}` : ""}`);
  return `${again ? "The alert is firing again" : "Our monitoring raised an alert"}. We are investigating.\n\n${lines.join("\n")}`;
}

/** Opens the group's incident; a draft when no firing alert's rule asks to publish at once. */
export async function openAlertIncident(ctx: TransactionContext, firing: FiringMap, changes: ComponentChange[], draft: boolean) {
  const alerts = Object.values(firing);
  const result = await createIncident(
    ctx,
    {
      name: alertIncidentName(alerts),
      impact: impactFor(changes.map((c) => c.status)),
      status: "investigating",
      message: firingMessage(alerts, false),
      componentStatuses: changes,
      deliverNotifications: true,
    },
    { alertManaged: true, draft },
  );
  if (!result.ok) throw new Error(`opening the alert incident failed: ${result.error.message}`);
  return result.data.incident;
}

/** New alerts in a group whose incident is still open (or resolved within the hold-down): the incident hears of them. */
export async function reportFiring(ctx: TransactionContext, incident: Incident, newlyFiring: FiringAlert[], changes: ComponentChange[]) {
  // A failure after "monitoring" or "resolved" (a flap within the hold-down) reopens the investigation.
  const status: UnresolvedIncidentStatus =
    incident.status === "monitoring" || !isUnresolvedIncident(incident.status) ? "investigating" : incident.status;
  const again = newlyFiring.length === 0 || !isUnresolvedIncident(incident.status) || incident.status === "monitoring";
  await postAlertUpdate(ctx, incident.id, status, firingMessage(newlyFiring.length > 0 ? newlyFiring : [], again), changes);
}

/** Every alert of the group resolved: components go back and the incident waits in "monitoring" for the quiet period. */
export async function reportRecovery(ctx: TransactionContext, incident: Incident, changes: ComponentChange[], othersFiring: boolean) {
  const message = othersFiring
    ? "Some of the alerts have resolved."
    : "The alerts have resolved and the affected services are recovering. We are monitoring the results.";
  const status = othersFiring ? (incident.status as UnresolvedIncidentStatus) : "monitoring";
  await postAlertUpdate(ctx, incident.id, status, message, changes);
}

export async function postAlertUpdate(
  ctx: TransactionContext,
  incidentId: string,
  status: UnresolvedIncidentStatus | "resolved",
  message: string,
  componentStatuses: ComponentChange[],
) {
  const result = await addIncidentUpdate(ctx, incidentId, { status, message, componentStatuses, deliverNotifications: true });
  if (!result.ok) throw new Error(`posting to alert incident ${incidentId} failed: ${result.error.message}`);
}

/** The incident this group may still write to: open and not taken over, or resolved within the hold-down. */
export async function groupIncident(
  ctx: TransactionContext,
  group: AlertGroup | null,
  holdDownSeconds: number,
): Promise<{ incident: Incident; reopen: boolean } | null> {
  if (!group?.incidentId) return null;
  const incident = await ctx.db.incident.findUnique({ where: { id: group.incidentId } });
  if (!incident?.alertManaged) return null;
  if (isUnresolvedIncident(incident.status)) return { incident, reopen: false };
  const recent =
    incident.status === "resolved" && incident.resolvedAt && ctx.now.getTime() - incident.resolvedAt.getTime() < holdDownSeconds * 1000;
  return recent ? { incident, reopen: true } : null;
}

/** An open incident a person runs (or monitors run) about one of these components: alerts then only move statuses. */
export async function hasOtherOpenIncident(ctx: TransactionContext, componentIds: string[]): Promise<boolean> {
  const open = await ctx.db.incidentComponent.findFirst({
    where: { componentId: { in: componentIds }, incident: { status: unresolvedIncidentStatus(), alertManaged: false } },
    select: { incidentId: true },
  });
  return open !== null;
}
