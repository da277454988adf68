import { describe, expect, it } from "vitest";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { checkMaintenanceTransition } from "./transitions";

const ALL: MaintenanceStatus[] = ["scheduled", "in_progress", "verifying", "completed"];

describe("checkMaintenanceTransition", () => {
  it("starting scheduled maintenance puts its components under maintenance", () => {
    expect(checkMaintenanceTransition("scheduled", "in_progress")).toEqual({ ok: true, effect: "start" });
  });

  it("a scheduled note changes no component", () => {
    expect(checkMaintenanceTransition("scheduled", "scheduled")).toEqual({ ok: true, effect: "none" });
  });

  it("completing maintenance that never started changes no component", () => {
    expect(checkMaintenanceTransition("scheduled", "completed")).toEqual({ ok: true, effect: "none" });
  });

  it("scheduled maintenance can't jump to verifying", () => {
    expect(checkMaintenanceTransition("scheduled", "verifying")).toMatchObject({ ok: false });
  });

  it.each(["in_progress", "verifying"] as const)("completing %s maintenance returns its components", (current) => {
    expect(checkMaintenanceTransition(current, "completed")).toEqual({ ok: true, effect: "finish" });
  });

  it.each([
    ["in_progress", "verifying"],
    ["verifying", "in_progress"],
    ["in_progress", "in_progress"],
    ["verifying", "verifying"],
  ] as const)("%s → %s is a step within the work that changes no component", (current, next) => {
    expect(checkMaintenanceTransition(current, next)).toEqual({ ok: true, effect: "none" });
  });

  it.each(["in_progress", "verifying"] as const)("%s maintenance can't go back to scheduled", (current) => {
    const check = checkMaintenanceTransition(current, "scheduled");
    expect(check).toMatchObject({ ok: false });
    if (!check.ok) expect(check.message).toContain("can't go back to scheduled");
  });

  it.each(ALL)("completed maintenance takes no %s update", (next) => {
    expect(checkMaintenanceTransition("completed", next)).toEqual({
      ok: false,
      message: "This maintenance has completed; schedule new maintenance instead",
    });
  });
});
