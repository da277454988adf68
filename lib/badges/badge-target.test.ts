import { describe, expect, it } from "vitest";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { type BadgeSection, badgeTargets, findBadgeTarget } from "./badge-target";

const component = (id: string, name: string, status: ComponentStatus = "operational") => ({ id, name, status, days: [] });

const sections: BadgeSection[] = [
  {
    kind: "group",
    id: "g1",
    name: "Core services",
    status: "partial_outage",
    components: [component("c1", "Backend API", "partial_outage"), component("c2", "Frontend")],
  },
  { kind: "component", component: component("c3", "Docs") },
];
const targets = badgeTargets(sections);

describe("badge targets", () => {
  it("lists each group before its components, with the status the page shows", () => {
    expect(targets.map((t) => [t.kind, t.name, t.status])).toEqual([
      ["group", "Core services", "partial_outage"],
      ["component", "Backend API", "partial_outage"],
      ["component", "Frontend", "operational"],
      ["component", "Docs", "operational"],
    ]);
  });

  it("finds a component by id or by the slug's owner, and a group by id or its name's slug", () => {
    expect(findBadgeTarget(targets, "c2", null)?.name).toBe("Frontend");
    expect(findBadgeTarget(targets, "backend-api", "c1")?.name).toBe("Backend API");
    expect(findBadgeTarget(targets, "g1", null)?.kind).toBe("group");
    expect(findBadgeTarget(targets, "core-services", null)?.name).toBe("Core services");
  });

  it("finds nothing for an unknown ref or a component the page does not show", () => {
    expect(findBadgeTarget(targets, "nope", null)).toBeNull();
    expect(findBadgeTarget(targets, "hidden-one", "c-hidden")).toBeNull();
  });
});
