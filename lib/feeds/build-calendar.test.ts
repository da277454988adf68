import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { buildCalendar, maintenanceDescription } from "./build-calendar";
import type { FeedMaintenance, MaintenanceCalendarData } from "./model";

const migration: FeedMaintenance = {
  id: "m1",
  name: "Database migration; phase 1, part A",
  status: "in_progress",
  scheduledFor: new Date("2025-11-28T22:00:00Z"),
  scheduledUntil: new Date("2025-11-29T00:00:00Z"),
  createdAt: new Date("2025-11-20T10:00:00Z"),
  updatedAt: new Date("2025-11-28T22:00:00Z"),
  componentNames: ["Backend API", "MCP Server"],
  updates: [
    { status: "scheduled", body: "We will migrate.", displayAt: new Date("2025-11-20T10:00:00Z") },
    { status: "in_progress", body: "Migrating now.\nExpect blips.", displayAt: new Date("2025-11-28T22:00:00Z") },
  ],
};

const data: MaintenanceCalendarData = {
  page: { name: "Acme Status", url: "https://status.acme.test", timeZone: "UTC", updatedAt: new Date(0) },
  maintenances: [migration],
};

describe("buildCalendar", () => {
  const ics = buildCalendar(data);
  const parsed = ical.sync.parseICS(ics);
  const event = parsed["m1@status.acme.test"] as VEvent | undefined;

  it("has one event per maintenance with a stable UID, its window, summary and page link", () => {
    expect(event).toMatchObject({ type: "VEVENT", uid: "m1@status.acme.test", summary: migration.name });
    expect(event?.start.toISOString()).toBe("2025-11-28T22:00:00.000Z");
    expect(event?.end?.toISOString()).toBe("2025-11-29T00:00:00.000Z");
    expect(ics).toContain("URL;VALUE=URI:https://status.acme.test/maintenance/m1");
  });

  it("describes the status, the affected components, the announcement and the latest update", () => {
    expect(maintenanceDescription(migration)).toBe(
      "Status: In progress\nAffected components: Backend API, MCP Server\n\nWe will migrate.\n\nLatest update (In progress): Migrating now.\nExpect blips.",
    );
    expect(maintenanceDescription({ ...migration, updates: migration.updates.slice(0, 1) })).toBe(
      "Status: In progress\nAffected components: Backend API, MCP Server\n\nWe will migrate.",
    );
    expect(event?.description).toBe(maintenanceDescription(migration));
  });

  it("names the calendar after the page and asks apps to refresh every 15 minutes", () => {
    expect(ics).toContain("X-WR-CALNAME:Acme Status");
    expect(ics).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT15M");
    expect(ics).toContain("X-PUBLISHED-TTL:PT15M");
  });

  it("is the same bytes for the same maintenance, so its ETag holds", () => {
    expect(buildCalendar(data)).toBe(ics);
  });
});

describe("buildCalendar with recurring maintenance", () => {
  const patching: FeedMaintenance = {
    ...migration,
    id: "w1",
    name: "Weekly patching",
    status: "scheduled",
    // Sunday 15 March 2026, 02:30–04:30 in Berlin.
    scheduledFor: new Date("2026-03-15T01:30:00Z"),
    scheduledUntil: new Date("2026-03-15T03:30:00Z"),
    repeats: { rule: "FREQ=WEEKLY;BYDAY=SU", timeZone: "Europe/Berlin" },
  };
  const ics = buildCalendar({ ...data, maintenances: [patching] });
  const event = ical.sync.parseICS(ics)["w1@status.acme.test"] as VEvent;

  it("is one event carrying the RRULE, in the page's zone so it keeps 02:30 local time after DST", () => {
    expect(ics).toMatch(/^RRULE:FREQ=WEEKLY;BYDAY=SU\r$/m);
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20260315T023000");
    const april = event.rrule?.between(new Date("2026-04-01T00:00:00Z"), new Date("2026-04-13T00:00:00Z")) ?? [];
    expect(april).toHaveLength(2);
    expect(event.description).toMatch(/^Repeats: FREQ=WEEKLY;BYDAY=SU \(Europe\/Berlin\)/);
  });
});
