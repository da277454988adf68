import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { componentStatusFromMonitors } from "@/lib/components/status-from-monitors";
import { writeComponentStatus } from "@/lib/components/write-status";
import { lockRowById } from "@/lib/core/row-lock";
import type { ComponentStatus, Prisma } from "@/lib/generated/prisma/client";
import { unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import { joinOutageIncident, openMonitorIncident, reportRecoveryOn } from "./auto-incident";
import { MONITOR_ACTOR, OUTAGE_LOCK_KEY } from "./monitor-actor";
import { nextComponentStatus } from "./next-monitor-state";

type Tx = Prisma.TransactionClient;

// What a decision needs: the component, its switches and the states of its enabled monitors.
const COMPONENT_FIELDS = {
  id: true,
  name: true,
  status: true,
  manualStatus: true,
  autoIncidents: true,
  monitors: { where: { enabled: true }, select: { state: true } },
} as const;

export interface TransitionContext {
  componentId: string;
  /** Why the monitor failed, for the incident's name ("502 Bad Gateway"). */
  reason: string | null;
  firstFailureAt: Date | null;
  now: Date;
}

/**
 * After a monitor went down, degraded or recovered: moves its component to the status its monitors ask for,
 * through the outage's incident when the component opens incidents automatically, else directly.
 */
export async function applyMonitorTransition(tx: Tx, context: TransitionContext): Promise<void> {
  await takeOutageLock(tx);
  const component = await tx.component.findUnique({ where: { id: context.componentId }, select: COMPONENT_FIELDS });
  if (!component) return;
  const wanted = nextComponentStatus({ ...component, monitorStates: component.monitors.map((m) => m.state) });
  if (wanted === null) return;

  if (component.autoIncidents) {
    const handled =
      wanted === "operational"
        ? await reportRecoveryOn(tx, component, context.now)
        : await joinOutageIncident(tx, component, wanted, context);
    if (handled) return;
    if (wanted !== "operational" && !(await hasOtherOpenIncident(tx, component.id))) {
      await openMonitorIncident(tx, component, wanted, context);
      return;
    }
  }
  await setStatusByMonitors(tx, component.id, wanted, context.now);
}

/**
 * A deploy pipeline said "done": the component leaves maintenance for the status its monitors report; a recovery
 * that happened during the deploy is posted to the outage's incident, so the incident can resolve.
 */
export async function endDeploy(tx: Tx, componentId: string, now: Date): Promise<void> {
  await takeOutageLock(tx);
  const component = await tx.component.findUniqueOrThrow({ where: { id: componentId }, select: COMPONENT_FIELDS });
  if (component.manualStatus || component.status !== "under_maintenance") return;
  const wanted = componentStatusFromMonitors(component.monitors.map((m) => m.state));
  if (wanted === "operational" && component.autoIncidents && (await reportRecoveryOn(tx, component, now))) return;
  await setStatusByMonitors(tx, componentId, wanted, now);
}

export async function takeOutageLock(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${OUTAGE_LOCK_KEY}::bigint)`;
}

// An admin's own incident about this component already tells the story: monitors then only move the status.
async function hasOtherOpenIncident(tx: Tx, componentId: string): Promise<boolean> {
  const open = await tx.incidentComponent.findFirst({
    where: { componentId, incident: { status: unresolvedIncidentStatus() } },
    select: { incidentId: true },
  });
  return open !== null;
}

/**
 * Sets the status outside any incident, with a history entry (cause "monitor": automation, not a person) and an
 * audit row naming `actor` (the monitors, or an alert integration).
 */
export async function setStatusByMonitors(
  tx: Tx,
  componentId: string,
  status: ComponentStatus,
  now: Date,
  actor: Actor = MONITOR_ACTOR,
): Promise<void> {
  const locked = await lockRowById(tx, "Component", componentId);
  if (!locked) return;
  const before = await tx.component.findUniqueOrThrow({ where: { id: componentId } });
  if (before.status === status) return;
  const after = await writeComponentStatus(
    tx,
    { componentId, oldStatus: before.status, newStatus: status },
    { cause: "monitor", changedAt: now },
  );
  await recordAudit(tx, {
    actor,
    action: "component.status.set",
    entityType: "component",
    entityId: componentId,
    before,
    after,
  });
}
