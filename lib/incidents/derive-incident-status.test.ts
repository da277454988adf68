import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { deriveIncidentStatus } from "./derive-incident-status";

const at = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`);
// Written in the order given unless createdAt says otherwise.
const update = (status: IncidentStatus, displayAt: string, createdAt = displayAt) => ({
  status,
  displayAt: at(displayAt),
  createdAt: at(createdAt),
});
const open = { postmortemPublished: false };

describe("deriveIncidentStatus", () => {
  it("takes the status of the update shown latest", () => {
    const derived = deriveIncidentStatus(
      [update("investigating", "10:00"), update("identified", "10:20"), update("monitoring", "10:40")],
      open,
    );
    expect(derived).toEqual({ status: "monitoring", identifiedAt: at("10:20"), monitoringAt: at("10:40"), resolvedAt: null });
  });

  it("does not let a back-dated update override the latest one", () => {
    const derived = deriveIncidentStatus(
      [update("investigating", "10:00"), update("monitoring", "10:40"), update("identified", "10:20", "10:50")],
      open,
    );
    expect(derived.status).toBe("monitoring");
    expect(derived.identifiedAt).toEqual(at("10:20"));
  });

  it("breaks a tie in display time by the update written last", () => {
    const updates = [update("identified", "10:20", "10:21"), update("monitoring", "10:20", "10:22")];
    expect(deriveIncidentStatus(updates, open).status).toBe("monitoring");
    expect(deriveIncidentStatus([...updates].reverse(), open).status).toBe("monitoring");
  });

  it("takes each milestone from the first update with that status, whatever the input order", () => {
    const derived = deriveIncidentStatus(
      [update("identified", "10:30"), update("investigating", "10:00"), update("identified", "10:10"), update("monitoring", "10:50")],
      open,
    );
    expect(derived.identifiedAt).toEqual(at("10:10"));
    expect(derived.monitoringAt).toEqual(at("10:50"));
  });

  it("sets resolvedAt only while the incident is resolved", () => {
    const resolved = [update("investigating", "10:00"), update("resolved", "11:00")];
    expect(deriveIncidentStatus(resolved, open)).toMatchObject({ status: "resolved", resolvedAt: at("11:00") });
    const reopened = [...resolved, update("investigating", "11:30")];
    expect(deriveIncidentStatus(reopened, open)).toMatchObject({ status: "investigating", resolvedAt: null });
  });

  it("keeps resolvedAt at the resolution when follow-up notes are posted", () => {
    const derived = deriveIncidentStatus(
      [update("investigating", "10:00"), update("resolved", "11:00"), update("resolved", "12:00")],
      open,
    );
    expect(derived.resolvedAt).toEqual(at("11:00"));
  });

  it("dates a reopened incident's resolution from its last resolution", () => {
    const derived = deriveIncidentStatus(
      [update("investigating", "10:00"), update("resolved", "11:00"), update("identified", "11:30"), update("resolved", "12:00")],
      open,
    );
    expect(derived).toMatchObject({ status: "resolved", resolvedAt: at("12:00"), identifiedAt: at("11:30") });
  });

  it("shows postmortem for a resolved incident with a published postmortem", () => {
    const updates = [update("investigating", "10:00"), update("resolved", "11:00")];
    expect(deriveIncidentStatus(updates, { postmortemPublished: true })).toMatchObject({
      status: "postmortem",
      resolvedAt: at("11:00"),
    });
  });

  it("does not show postmortem while the incident is open, even with a published postmortem", () => {
    const updates = [update("resolved", "10:00"), update("investigating", "11:00")];
    expect(deriveIncidentStatus(updates, { postmortemPublished: true }).status).toBe("investigating");
  });

  it("treats an incident without updates as investigating", () => {
    expect(deriveIncidentStatus([], open)).toEqual({
      status: "investigating",
      identifiedAt: null,
      monitoringAt: null,
      resolvedAt: null,
    });
  });
});
