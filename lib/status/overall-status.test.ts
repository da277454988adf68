import { describe, expect, it } from "vitest";
import type { ComponentStatus, IncidentImpact } from "@/lib/generated/prisma/enums";
import { deriveGroupStatus, deriveOverallStatus } from "./overall-status";

function overall(componentStatuses: ComponentStatus[], unresolvedIncidentImpacts: IncidentImpact[] = [], maintenanceInProgress = false) {
  return deriveOverallStatus({ componentStatuses, unresolvedIncidentImpacts, maintenanceInProgress });
}

describe("deriveOverallStatus", () => {
  it("a page whose components are all operational reads All Systems Operational", () => {
    expect(overall(["operational", "operational", "operational"])).toEqual({
      indicator: "none",
      description: "All Systems Operational",
    });
  });

  it("one degraded component makes the page a Minor Service Outage", () => {
    expect(overall(["operational", "degraded_performance"])).toEqual({
      indicator: "minor",
      description: "Minor Service Outage",
    });
  });

  it("a partial outage makes the page a Partial System Outage", () => {
    expect(overall(["operational", "degraded_performance", "partial_outage"])).toEqual({
      indicator: "major",
      description: "Partial System Outage",
    });
  });

  it("a major outage makes the page a Major Service Outage", () => {
    expect(overall(["partial_outage", "major_outage", "operational"])).toEqual({
      indicator: "critical",
      description: "Major Service Outage",
    });
  });

  it("an unresolved critical incident is critical even while every component is operational", () => {
    expect(overall(["operational", "operational"], ["critical"])).toEqual({
      indicator: "critical",
      description: "Major Service Outage",
    });
  });

  it("an unresolved incident with no impact leaves an operational page operational", () => {
    expect(overall(["operational"], ["none"]).indicator).toBe("none");
  });

  it("the worse of components and incidents wins", () => {
    expect(overall(["major_outage"], ["minor"]).indicator).toBe("critical");
    expect(overall(["degraded_performance"], ["major"]).indicator).toBe("major");
  });

  it("a component under maintenance with nothing broken reads Service Under Maintenance", () => {
    expect(overall(["operational", "under_maintenance"])).toEqual({
      indicator: "maintenance",
      description: "Service Under Maintenance",
    });
  });

  it("a maintenance in progress with every component operational reads Service Under Maintenance", () => {
    expect(overall(["operational"], [], true).indicator).toBe("maintenance");
  });

  it("maintenance plus a partial outage reads Partial System Outage, because a real fault outranks planned work", () => {
    expect(overall(["under_maintenance", "partial_outage"], [], true)).toEqual({
      indicator: "major",
      description: "Partial System Outage",
    });
  });

  it("an empty page with no components or incidents reads All Systems Operational", () => {
    expect(overall([])).toEqual({ indicator: "none", description: "All Systems Operational" });
  });
});

describe("deriveGroupStatus", () => {
  it("a group shows its worst child", () => {
    expect(deriveGroupStatus(["operational", "partial_outage", "degraded_performance"])).toBe("partial_outage");
  });

  it("a group with a child under maintenance and the rest operational shows under maintenance", () => {
    expect(deriveGroupStatus(["operational", "under_maintenance"])).toBe("under_maintenance");
  });

  it("a degraded child outranks a child under maintenance", () => {
    expect(deriveGroupStatus(["under_maintenance", "degraded_performance"])).toBe("degraded_performance");
  });

  it("a group without children is operational", () => {
    expect(deriveGroupStatus([])).toBe("operational");
  });
});
