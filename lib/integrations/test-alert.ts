import "server-only";
import { z } from "zod";
import { audit, runMutation, type ServiceContext } from "@/lib/core/context";
import { fieldInvalid, notFound, succeeded } from "@/lib/core/result";
import type { AlertRuleAction, ComponentStatus } from "@/lib/generated/prisma/enums";
import { firstMatchingRule } from "./match-rule";
import { parseNotification } from "./payloads/parse-notification";
import { fieldsOf } from "./plan-group";
import { loadRulesForMatching } from "./rules-for-matching";

// A test alert: the admin sends a notification as the integration's sender would, and Beacon answers what it would do
// with each alert (which rule, which components, which status and action) without changing anything. Audited.

export const testAlertInput = z.object({
  payload: z.string().min(1, { error: "payload is required" }).max(65_536, { error: "payload must be at most 65,536 characters" }),
});

export interface TestAlertOutcome {
  id: string;
  title: string;
  status: "firing" | "resolved";
  rule: { position: number; componentNames: string[]; status: ComponentStatus; action: AlertRuleAction } | null;
}

export async function testIntegration(ctx: ServiceContext, integrationId: string, raw: unknown) {
  return runMutation(ctx, testAlertInput, raw, async (tx, input) => {
    const integration = await tx.db.integration.findUnique({ where: { id: integrationId } });
    if (!integration) return notFound("No integration has that id");
    let body: unknown;
    try {
      body = JSON.parse(input.payload);
    } catch {
      return fieldInvalid("payload", "payload is not JSON");
    }
    const parsed = parseNotification(integration.kind, integration.mapping, body);
    if (!parsed.ok) return fieldInvalid("payload", `${parsed.field}: ${parsed.message}`);
    const rules = await loadRulesForMatching(tx.db, integration);
    const positions = new Map(
      (await tx.db.alertRule.findMany({ where: { integrationId }, select: { id: true, position: true } })).map((r) => [r.id, r.position]),
    );
    const names = new Map((await tx.db.component.findMany({ select: { id: true, name: true } })).map((c) => [c.id, c.name]));
    const outcomes: TestAlertOutcome[] = parsed.alerts.map((alert) => {
      const rule = firstMatchingRule(rules, { ...alert.labels, ...fieldsOf(alert) });
      return {
        id: alert.id,
        title: alert.title,
        status: alert.status,
        rule: rule && {
          position: positions.get(rule.id) ?? 0,
          componentNames: rule.componentIds.map((id) => names.get(id) ?? id),
          status: rule.status,
          action: rule.action,
        },
      };
    });
    await audit(tx, {
      action: "integration.test",
      entityType: "integration",
      entityId: integrationId,
      before: null,
      after: { alerts: outcomes.length, matched: outcomes.filter((o) => o.rule).length },
    });
    return succeeded({ alerts: outcomes });
  });
}
