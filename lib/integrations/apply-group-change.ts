import "server-only";
import type { TransactionContext } from "@/lib/core/context";
import type { AlertGroup, ComponentStatus, Prisma } from "@/lib/generated/prisma/client";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { setStatusByMonitors } from "@/lib/monitor-runner/component-transition";
import { groupIncident, hasOtherOpenIncident, openAlertIncident, reportFiring, reportRecovery } from "./alert-incident";
import { type FiringMap, strongestAction, wantedStatuses } from "./plan-group";

type ComponentChange = { componentId: string; status: ComponentStatus };

export interface GroupChange {
  integrationId: string;
  groupKey: string;
  holdDownSeconds: number;
  row: AlertGroup | null;
  previous: FiringMap;
  firing: FiringMap;
}

/**
 * Carries one group's new firing set to components and its incident: status only, or through an incident (a draft
 * or published at once) that tells the outage from first alert to recovery. Returns what it did, for the audit.
 */
export async function applyGroupChange(ctx: TransactionContext, change: GroupChange): Promise<string> {
  const { previous, firing } = change;
  const wanted = wantedStatuses(firing);
  const released = [...wantedStatuses(previous).keys()].filter((id) => !wanted.has(id));
  const changes: ComponentChange[] = [
    ...[...wanted].map(([componentId, status]) => ({ componentId, status })),
    ...released.map((componentId) => ({ componentId, status: "operational" as const })),
  ];
  const action = strongestAction(firing) ?? strongestAction(previous);
  const firingNow = Object.keys(firing).length > 0;
  const existing = action === "status_only" ? null : await groupIncident(ctx, change.row, change.holdDownSeconds);
  let incidentId = change.row?.incidentId ?? null;
  let outcome: string;

  if (existing && !firingNow) {
    await reportRecovery(ctx, existing.incident, changes, false);
    outcome = "recovery posted";
  } else if (existing) {
    const newlyFiring = Object.entries(firing)
      .filter(([id]) => !(id in previous))
      .map(([, alert]) => alert);
    if (newlyFiring.length === 0 && !existing.reopen) {
      await reportRecovery(ctx, existing.incident, changes, true);
      outcome = "partial recovery posted";
    } else {
      await reportFiring(ctx, existing.incident, existing.reopen ? Object.values(firing) : newlyFiring, changes);
      outcome = existing.reopen ? "incident reopened (hold-down)" : "incident updated";
    }
  } else if (firingNow && action !== "status_only" && !(await hasOtherOpenIncident(ctx, [...wanted.keys()]))) {
    const incident = await openAlertIncident(ctx, firing, changes, action === "draft_incident");
    incidentId = incident.id;
    outcome = incident.draft ? "draft incident opened" : "incident published";
  } else if (await heldByOpenDraft(ctx, change.row)) {
    // A person took the group's draft over: it still moves nothing public until someone publishes it.
    outcome = "status held by the unpublished draft";
  } else {
    await setStatuses(ctx, changes);
    outcome = firingNow ? "status set" : "status restored";
  }

  const data: Prisma.AlertGroupUncheckedCreateInput = {
    integrationId: change.integrationId,
    groupKey: change.groupKey,
    firing: firing as unknown as Prisma.InputJsonValue,
    incidentId,
    firstFiringAt: firingNow ? (Object.keys(previous).length > 0 ? (change.row?.firstFiringAt ?? ctx.now) : ctx.now) : null,
    resolvedAt: firingNow ? null : ctx.now,
  };
  await ctx.db.alertGroup.upsert({
    where: { integrationId_groupKey: { integrationId: change.integrationId, groupKey: change.groupKey } },
    create: data,
    update: data,
  });
  return outcome;
}

async function heldByOpenDraft(ctx: TransactionContext, row: AlertGroup | null): Promise<boolean> {
  if (!row?.incidentId) return false;
  const incident = await ctx.db.incident.findUnique({ where: { id: row.incidentId }, select: { draft: true, status: true } });
  return incident?.draft === true && isUnresolvedIncident(incident.status);
}

// Outside an incident, an admin's hand-set status wins, as it does over monitors.
async function setStatuses(ctx: TransactionContext, changes: ComponentChange[]) {
  for (const { componentId, status } of changes) {
    const component = await ctx.db.component.findUnique({ where: { id: componentId }, select: { manualStatus: true } });
    if (component && !component.manualStatus) await setStatusByMonitors(ctx.db, componentId, status, ctx.now, ctx.actor);
  }
}
