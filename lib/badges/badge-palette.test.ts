import { describe, expect, it } from "vitest";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { componentBadgeStatus, indicatorBadgeStatus, neutralFace, statusFace } from "./badge-palette";

describe("badge words and colours", () => {
  it.each<[ComponentStatus, string, string]>([
    ["operational", "operational", "#047857"],
    ["degraded_performance", "degraded", "#fbbf24"],
    ["partial_outage", "partial outage", "#c2410c"],
    ["major_outage", "major outage", "#b91c1c"],
    ["under_maintenance", "maintenance", "#0369a1"],
  ])("a component that is %s reads %s in %s", (status, message, color) => {
    expect(statusFace("API", componentBadgeStatus(status))).toEqual({ label: "API", message, color });
  });

  it.each<[StatusIndicator, string]>([
    ["none", "operational"],
    ["minor", "degraded"],
    ["major", "partial outage"],
    ["critical", "major outage"],
    ["maintenance", "maintenance"],
  ])("the page indicator %s reads %s", (indicator, message) => {
    expect(statusFace("status", indicatorBadgeStatus(indicator)).message).toBe(message);
  });

  it("a badge that could not be made is grey", () => {
    expect(neutralFace("status", "unknown")).toEqual({ label: "status", message: "unknown", color: "#6e7781" });
  });
});
