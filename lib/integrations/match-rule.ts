import type { AlertRuleAction, ComponentStatus } from "@/lib/generated/prisma/enums";

// Which rule an alert meets: every matcher of a rule must hold; rules are tried in order, the first that holds wins.

export type MatcherOp = "=" | "!=" | "=~" | "!~";
export interface Matcher {
  name: string;
  op: MatcherOp;
  value: string;
}

export interface RuleForMatching {
  id: string;
  matchers: Matcher[];
  /** The rule's component, or every component of its group. */
  componentIds: string[];
  status: ComponentStatus;
  action: AlertRuleAction;
}

/** Regex matchers are anchored, as in Prometheus: `=~"api|web"` matches "api", not "rapid". */
export function anchoredRegex(value: string): RegExp | null {
  try {
    return new RegExp(`^(?:${value})$`, "u");
  } catch {
    return null;
  }
}

export function matcherHolds(matcher: Matcher, labels: Record<string, string>): boolean {
  const actual = labels[matcher.name] ?? "";
  switch (matcher.op) {
    case "=":
      return actual === matcher.value;
    case "!=":
      return actual !== matcher.value;
    case "=~":
      return anchoredRegex(matcher.value)?.test(actual) ?? false;
    case "!~":
      return !(anchoredRegex(matcher.value)?.test(actual) ?? true);
  }
}

/** The first rule whose matchers all hold for these labels (title and description may be matched as fields too). */
export function firstMatchingRule<R extends RuleForMatching>(rules: R[], labels: Record<string, string>): R | null {
  return rules.find((rule) => rule.matchers.every((m) => matcherHolds(m, labels))) ?? null;
}
