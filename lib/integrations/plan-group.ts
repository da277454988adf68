import type { AlertRuleAction, ComponentStatus } from "@/lib/generated/prisma/enums";
import { firstMatchingRule, type RuleForMatching } from "./match-rule";
import type { IncomingAlert } from "./payloads/incoming-alert";

// What one notification changes in one alert group: which alerts fire now and what that asks of components.

export interface FiringAlert {
  ruleId: string;
  componentIds: string[];
  status: ComponentStatus;
  action: AlertRuleAction;
  title: string;
  description: string | null;
}
export type FiringMap = Record<string, FiringAlert>;

export interface GroupPlan {
  firing: FiringMap;
  unmatched: IncomingAlert[];
  /** False when the notification only repeats what the group already knew. */
  changed: boolean;
}

const STATUS_RANK: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};
const ACTION_RANK: Record<AlertRuleAction, number> = { status_only: 0, draft_incident: 1, publish_incident: 2 };

export function planGroup(previous: FiringMap, alerts: IncomingAlert[], rules: RuleForMatching[]): GroupPlan {
  const firing: FiringMap = { ...previous };
  const unmatched: IncomingAlert[] = [];
  for (const alert of alerts) {
    if (alert.status === "resolved") {
      delete firing[alert.id];
      continue;
    }
    const rule = firstMatchingRule(rules, { ...alert.labels, ...fieldsOf(alert) });
    if (!rule) {
      unmatched.push(alert);
      delete firing[alert.id];
      continue;
    }
    const { id: ruleId, componentIds, status, action } = rule;
    firing[alert.id] = { ruleId, componentIds, status, action, title: alert.title, description: alert.description };
  }
  return { firing, unmatched, changed: canonical(firing) !== canonical(previous) };
}

// Matchers may name the alert's title and description as fields when no label has that name.
export function fieldsOf(alert: IncomingAlert): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!("title" in alert.labels)) fields.title = alert.title;
  if (!("description" in alert.labels) && alert.description) fields.description = alert.description;
  return fields;
}

function canonical(map: FiringMap): string {
  return JSON.stringify(
    Object.keys(map)
      .sort()
      .map((id) => [id, map[id].ruleId, map[id].status, [...map[id].componentIds].sort()]),
  );
}

/** Each component's status the firing alerts ask for: the worst one wins. */
export function wantedStatuses(firing: FiringMap): Map<string, ComponentStatus> {
  const wanted = new Map<string, ComponentStatus>();
  for (const alert of Object.values(firing)) {
    for (const id of alert.componentIds) {
      const current = wanted.get(id);
      if (!current || STATUS_RANK[alert.status] > STATUS_RANK[current]) wanted.set(id, alert.status);
    }
  }
  return wanted;
}

/** The strongest action any firing alert asks for (publish > draft > status only); null when nothing fires. */
export function strongestAction(firing: FiringMap): AlertRuleAction | null {
  let strongest: AlertRuleAction | null = null;
  for (const alert of Object.values(firing)) {
    if (!strongest || ACTION_RANK[alert.action] > ACTION_RANK[strongest]) strongest = alert.action;
  }
  return strongest;
}

/** The incident impact a component status suggests. */
export function impactFor(statuses: Iterable<ComponentStatus>): "minor" | "major" | "critical" {
  let worst = 0;
  for (const status of statuses) worst = Math.max(worst, STATUS_RANK[status]);
  return worst >= 4 ? "critical" : worst >= 3 ? "major" : "minor";
}
