import "server-only";
import type { Integration, Prisma } from "@/lib/generated/prisma/client";
import type { Matcher, RuleForMatching } from "./match-rule";

/** The integration's rules in order, each with the components it moves (a group's components), within its scope. */
export async function loadRulesForMatching(tx: Prisma.TransactionClient, integration: Integration): Promise<RuleForMatching[]> {
  const rules = await tx.alertRule.findMany({
    where: { integrationId: integration.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { componentGroup: { select: { components: { select: { id: true }, orderBy: { position: "asc" } } } } },
  });
  const inScope = (id: string) => integration.componentScope.length === 0 || integration.componentScope.includes(id);
  return rules.map((rule) => ({
    id: rule.id,
    matchers: rule.matchers as unknown as Matcher[],
    componentIds: (rule.componentId ? [rule.componentId] : (rule.componentGroup?.components.map((c) => c.id) ?? [])).filter(inScope),
    status: rule.status,
    action: rule.action,
  }));
}
