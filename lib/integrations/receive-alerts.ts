import "server-only";
import { audit, withTransaction } from "@/lib/core/context";
import type { Integration, Prisma } from "@/lib/generated/prisma/client";
import { takeOutageLock } from "@/lib/monitor-runner/component-transition";
import { applyGroupChange } from "./apply-group-change";
import { integrationActor } from "./integration-actor";
import type { IncomingAlert } from "./payloads/incoming-alert";
import { type FiringMap, planGroup } from "./plan-group";
import { loadRulesForMatching } from "./rules-for-matching";

/** How many alerts no rule matched are kept per integration, newest first. */
export const UNMATCHED_KEPT = 50;

export interface AlertsReceipt {
  alerts: number;
  groups: number;
  /** Groups whose notification repeated what Beacon already knew: nothing was written for them. */
  deduplicated: number;
  unmatched: number;
  outcomes: string[];
}

/**
 * Takes one notification's alerts in one transaction (all or nothing), under the outage lock monitors take too, so
 * a monitor and an alert about the same outage decide one after the other.
 */
export async function receiveAlerts(integration: Integration, alerts: IncomingAlert[], now: Date): Promise<AlertsReceipt> {
  const ctx = { actor: integrationActor(integration), now };
  return withTransaction(ctx, async (tx) => {
    await takeOutageLock(tx.db);
    const rules = await loadRulesForMatching(tx.db, integration);
    const receipt: AlertsReceipt = { alerts: alerts.length, groups: 0, deduplicated: 0, unmatched: 0, outcomes: [] };
    for (const [groupKey, groupAlerts] of groupByKey(alerts)) {
      receipt.groups++;
      const row = await tx.db.alertGroup.findUnique({ where: { integrationId_groupKey: { integrationId: integration.id, groupKey } } });
      const previous = (row?.firing ?? {}) as unknown as FiringMap;
      const plan = planGroup(previous, groupAlerts, rules);
      receipt.unmatched += plan.unmatched.length;
      await keepUnmatched(tx.db, integration.id, plan.unmatched, now);
      if (!plan.changed) {
        receipt.deduplicated++;
        continue;
      }
      const outcome = await applyGroupChange(tx, {
        integrationId: integration.id,
        groupKey,
        holdDownSeconds: integration.holdDownSeconds,
        row,
        previous,
        firing: plan.firing,
      });
      receipt.outcomes.push(outcome);
      await audit(tx, {
        action: "integration.alerts.apply",
        entityType: "integration",
        entityId: integration.id,
        before: { groupKey, firing: previous },
        after: { groupKey, firing: plan.firing, outcome },
      });
    }
    if (receipt.unmatched > 0) {
      await audit(tx, {
        action: "integration.alerts.unmatched",
        entityType: "integration",
        entityId: integration.id,
        before: null,
        after: { unmatched: receipt.unmatched },
      });
    }
    await tx.db.integration.update({ where: { id: integration.id }, data: { lastReceivedAt: now } });
    return receipt;
  });
}

function groupByKey(alerts: IncomingAlert[]): Map<string, IncomingAlert[]> {
  const groups = new Map<string, IncomingAlert[]>();
  for (const alert of alerts) groups.set(alert.groupKey, [...(groups.get(alert.groupKey) ?? []), alert]);
  return groups;
}

// Bounded: the newest UNMATCHED_KEPT per integration; a repeat of a kept alert only moves its time.
async function keepUnmatched(tx: Prisma.TransactionClient, integrationId: string, alerts: IncomingAlert[], now: Date) {
  if (alerts.length === 0) return;
  for (const alert of alerts.slice(-UNMATCHED_KEPT)) {
    await tx.unmatchedAlert.deleteMany({ where: { integrationId, alertId: alert.id } });
    await tx.unmatchedAlert.create({
      data: { integrationId, alertId: alert.id, status: alert.status, title: alert.title, labels: alert.labels, receivedAt: now },
    });
  }
  const stale = await tx.unmatchedAlert.findMany({
    where: { integrationId },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: UNMATCHED_KEPT,
    select: { id: true },
  });
  if (stale.length > 0) await tx.unmatchedAlert.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
}
