import "server-only";
import type { ComponentStatus, Incident, Prisma } from "@/lib/generated/prisma/client";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { INCIDENT_NAME_MAX_CHARS } from "@/lib/incidents/schema";
import { type UnresolvedIncidentStatus, unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import type { TransitionContext } from "./component-transition";
import { MONITOR_ACTOR } from "./monitor-actor";

type Tx = Prisma.TransactionClient;
interface OutageComponent {
  id: string;
  name: string;
}

/** The unresolved incident monitors opened and still run: one outage, one incident. */
export async function findOpenMonitorIncident(tx: Tx): Promise<Incident | null> {
  return tx.incident.findFirst({
    where: { monitorManaged: true, status: unresolvedIncidentStatus() },
    orderBy: { startedAt: "desc" },
  });
}

export function outageIncidentName(componentName: string, wanted: ComponentStatus, reason: string | null): string {
  const what = wanted === "degraded_performance" ? "is responding slowly" : "is failing health checks";
  const name = `${componentName} ${what}${reason ? `: ${reason}` : ""}`;
  return name.length > INCIDENT_NAME_MAX_CHARS ? `${name.slice(0, INCIDENT_NAME_MAX_CHARS - 1)}…` : name;
}

function failureMessage(component: OutageComponent, wanted: ComponentStatus, context: TransitionContext, again: boolean) {
  const what = wanted === "degraded_performance" ? "is responding slowly" : "is failing health checks";
  const since = context.firstFailureAt ? ` since ${context.firstFailureAt.toISOString().replace(/\.\d{3}Z$/, "Z")}` : "";
  const reason = context.reason ? `: ${context.reason}` : "";
  return `**${component.name}** ${what}${again ? " again" : ""}${since}${reason}. We are investigating.`;
}

/** Opens the outage's incident for this component (the caller holds the outage lock and found none open). */
export async function openMonitorIncident(tx: Tx, component: OutageComponent, wanted: ComponentStatus, context: TransitionContext) {
  const result = await createIncident(
    { actor: MONITOR_ACTOR, db: tx, now: context.now },
    {
      name: outageIncidentName(component.name, wanted, context.reason),
      impact: wanted === "degraded_performance" ? "minor" : "major",
      status: "investigating",
      message: failureMessage(component, wanted, context, false),
      componentStatuses: [{ componentId: component.id, status: wanted }],
      deliverNotifications: true,
    },
    { monitorManaged: true, firstFailedCheckAt: context.firstFailureAt },
  );
  if (!result.ok) throw new Error(`opening the monitor incident failed: ${result.error.message}`);
}

/** Adds this component's failure to the open monitor incident; false when there is none. */
export async function joinOutageIncident(
  tx: Tx,
  component: OutageComponent,
  wanted: ComponentStatus,
  context: TransitionContext,
): Promise<boolean> {
  const open = await findOpenMonitorIncident(tx);
  if (!open) return false;
  const linked = await tx.incidentComponent.findUnique({
    where: { incidentId_componentId: { incidentId: open.id, componentId: component.id } },
  });
  // A failure after "monitoring" reopens the investigation; otherwise the incident keeps its status.
  const status = open.status === "monitoring" ? "investigating" : (open.status as UnresolvedIncidentStatus);
  const message = failureMessage(component, wanted, context, linked !== null);
  await postMonitorIncidentUpdate(tx, open.id, status, message, [{ componentId: component.id, status: wanted }], context.now);
  return true;
}

/** Posts the component's recovery to the open monitor incident that names it; false when there is none. */
export async function reportRecoveryOn(tx: Tx, component: OutageComponent, now: Date): Promise<boolean> {
  const open = await findOpenMonitorIncident(tx);
  if (!open) return false;
  const links = await tx.incidentComponent.findMany({
    where: { incidentId: open.id },
    select: { componentId: true, component: { select: { status: true } } },
  });
  if (!links.some((link) => link.componentId === component.id)) return false;
  const othersDown = links.some((link) => link.componentId !== component.id && link.component.status !== "operational");
  const message = othersDown
    ? `**${component.name}** is passing health checks again.`
    : `**${component.name}** is passing health checks again. We are monitoring the results.`;
  const status = othersDown ? (open.status as UnresolvedIncidentStatus) : "monitoring";
  await postMonitorIncidentUpdate(tx, open.id, status, message, [{ componentId: component.id, status: "operational" }], now);
  return true;
}

/** Posts an update to the monitors' outage incident as the monitor actor, notifying subscribers; throws if refused. */
export async function postMonitorIncidentUpdate(
  tx: Tx,
  incidentId: string,
  status: UnresolvedIncidentStatus | "resolved",
  message: string,
  componentStatuses: { componentId: string; status: ComponentStatus }[],
  now: Date,
) {
  const result = await addIncidentUpdate({ actor: MONITOR_ACTOR, db: tx, now }, incidentId, {
    status,
    message,
    componentStatuses,
    deliverNotifications: true,
  });
  if (!result.ok) throw new Error(`posting to monitor incident ${incidentId} failed: ${result.error.message}`);
}
