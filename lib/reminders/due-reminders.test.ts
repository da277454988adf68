import { describe, expect, it } from "vitest";
import { dueReminders, type QuietIncident } from "./due-reminders";

const at = (iso: string) => new Date(iso);
const incident = (postedAt: string, updateId = "u1"): QuietIncident => ({
  id: "i1",
  name: "API errors",
  status: "investigating",
  impact: "major",
  lastUpdate: { id: updateId, postedAt: at(postedAt) },
});
const limits = { quietMinutes: 60, leadMinutes: 60 };
const maintenance = (start: string) => ({
  id: "m1",
  name: "DB upgrade",
  scheduledFor: at(start),
  scheduledUntil: at("2026-01-02T00:00:00Z"),
});

describe("dueReminders", () => {
  it("an incident quiet for the whole period is due, keyed by its last update; one a minute short is not", () => {
    const now = at("2026-01-01T12:00:00Z");
    expect(dueReminders(now, { incidents: [incident("2026-01-01T11:00:00Z")], maintenances: [] }, limits)).toEqual([
      { kind: "incident-quiet", key: "incident-quiet:i1:u1", incident: incident("2026-01-01T11:00:00Z") },
    ]);
    expect(dueReminders(now, { incidents: [incident("2026-01-01T11:01:00Z")], maintenances: [] }, limits)).toEqual([]);
  });

  it("a new update starts a new quiet period with a new key", () => {
    const now = at("2026-01-01T14:00:00Z");
    const [due] = dueReminders(now, { incidents: [incident("2026-01-01T12:30:00Z", "u2")], maintenances: [] }, limits);
    expect(due.key).toBe("incident-quiet:i1:u2");
  });

  it("a maintenance is due within the lead time before its start, not earlier and not once started", () => {
    const now = at("2026-01-01T12:00:00Z");
    const due = (start: string) => dueReminders(now, { incidents: [], maintenances: [maintenance(start)] }, limits).map((d) => d.key);
    expect(due("2026-01-01T13:00:00Z")).toEqual(["maintenance-start:m1:2026-01-01T13:00:00.000Z"]);
    expect(due("2026-01-01T13:00:01Z")).toEqual([]);
    expect(due("2026-01-01T12:00:00Z")).toEqual([]);
  });
});
