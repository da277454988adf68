import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Matcher } from "./match-rule";
import { formatMatchers } from "./matcher-text";

/** Every integration with how many rules it has and how many recent alerts matched none. */
export async function listIntegrations() {
  const prisma = await getPrisma();
  const rows = await prisma.integration.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { rules: true, unmatched: true } } },
  });
  return rows.map(({ secretHash: _s, tokenHash: _t, _count, ...integration }) => ({
    ...integration,
    ruleCount: _count.rules,
    unmatchedCount: _count.unmatched,
  }));
}

/** One integration for its admin page: rules in order with what they target, and the alerts no rule matched. */
export async function getIntegrationForAdmin(id: string) {
  const prisma = await getPrisma();
  const row = await prisma.integration.findUnique({
    where: { id },
    include: {
      rules: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: { component: { select: { name: true } }, componentGroup: { select: { name: true } } },
      },
      unmatched: { orderBy: { receivedAt: "desc" } },
    },
  });
  if (!row) return null;
  const { secretHash: _s, tokenHash: _t, rules, ...integration } = row;
  return {
    ...integration,
    rules: rules.map((rule) => ({
      id: rule.id,
      position: rule.position,
      matchers: formatMatchers(rule.matchers as unknown as Matcher[]),
      target: rule.component ? rule.component.name : `${rule.componentGroup?.name ?? "?"} (group)`,
      targetValue: rule.componentId ? `component:${rule.componentId}` : `group:${rule.groupId}`,
      status: rule.status,
      action: rule.action,
    })),
  };
}

/** What a rule may point at: components and groups, in page order. */
export async function listRuleTargets() {
  const prisma = await getPrisma();
  const [components, groups] = await Promise.all([
    prisma.component.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return [
    ...components.map((c) => ({ value: `component:${c.id}`, label: c.name })),
    ...groups.map((g) => ({ value: `group:${g.id}`, label: `${g.name} (every component of the group)` })),
  ];
}
