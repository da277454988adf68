import { describe, expect, it } from "vitest";
import type { RuleForMatching } from "./match-rule";
import type { IncomingAlert } from "./payloads/incoming-alert";
import { impactFor, planGroup, strongestAction, wantedStatuses } from "./plan-group";

const rules: RuleForMatching[] = [
  {
    id: "api",
    matchers: [
      { name: "service", op: "=", value: "backend-api" },
      { name: "severity", op: "=", value: "critical" },
    ],
    componentIds: ["c-api"],
    status: "major_outage",
    action: "publish_incident",
  },
  {
    id: "any-api",
    matchers: [{ name: "service", op: "=~", value: "backend-.*" }],
    componentIds: ["c-api"],
    status: "degraded_performance",
    action: "status_only",
  },
  {
    id: "title",
    matchers: [{ name: "title", op: "=~", value: "Deploy .*" }],
    componentIds: ["c-web"],
    status: "partial_outage",
    action: "draft_incident",
  },
];
const alert = (id: string, labels: Record<string, string>, status: "firing" | "resolved" = "firing", title = id): IncomingAlert => ({
  id,
  status,
  title,
  description: null,
  labels,
  groupKey: "g",
});

describe("planning one alert group", () => {
  it("the first rule whose matchers all hold decides; regexes are anchored", () => {
    const plan = planGroup(
      {},
      [alert("a", { service: "backend-api", severity: "critical" }), alert("b", { service: "backend-api-x" })],
      rules,
    );
    expect(plan.firing.a.ruleId).toBe("api");
    expect(plan.firing.b.ruleId).toBe("any-api");
    expect(planGroup({}, [alert("c", { service: "my-backend-api" })], rules).unmatched.map((u) => u.id)).toEqual(["c"]);
  });

  it("a repeat of what the group knows is no change; a resolved alert leaves the firing set", () => {
    const first = planGroup({}, [alert("a", { service: "backend-api", severity: "critical" })], rules);
    expect(first.changed).toBe(true);
    expect(planGroup(first.firing, [alert("a", { service: "backend-api", severity: "critical" })], rules).changed).toBe(false);
    const resolved = planGroup(first.firing, [alert("a", { service: "backend-api" }, "resolved")], rules);
    expect(resolved).toMatchObject({ changed: true, firing: {} });
  });

  it("matchers may name the alert's title when no label has that name", () => {
    expect(planGroup({}, [alert("d", {}, "firing", "Deploy failed")], rules).firing.d.ruleId).toBe("title");
  });

  it("the worst status per component and the strongest action win", () => {
    const { firing } = planGroup(
      {},
      [alert("a", { service: "backend-api", severity: "critical" }), alert("b", { service: "backend-x" })],
      rules,
    );
    expect(wantedStatuses(firing)).toEqual(new Map([["c-api", "major_outage"]]));
    expect(strongestAction(firing)).toBe("publish_incident");
    expect(strongestAction({})).toBeNull();
    expect(impactFor(["degraded_performance"])).toBe("minor");
    expect(impactFor(["partial_outage", "degraded_performance"])).toBe("major");
  });
});
