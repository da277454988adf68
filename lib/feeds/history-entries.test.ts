import { describe, expect, it } from "vitest";
import { buildHistoryChannel, maintenanceWindow } from "./history-entries";
import type { FeedIncident, FeedMaintenance, FeedPage } from "./model";

const page: FeedPage = { name: "Acme", url: "https://status.acme.test/", timeZone: "UTC", updatedAt: new Date("2025-01-01T00:00:00Z") };
const day = (n: number) => new Date(Date.UTC(2025, 10, n, 12));

function incident(id: string, startedOn: number): FeedIncident {
  return {
    id,
    name: `Incident ${id}`,
    startedAt: day(startedOn),
    updates: [
      { status: "investigating", body: "Looking", displayAt: day(startedOn) },
      { status: "resolved", body: "Fixed", displayAt: new Date(day(startedOn).getTime() + 3_600_000) },
    ],
  };
}

function maintenance(id: string, createdOn: number): FeedMaintenance {
  return {
    id,
    name: `Maintenance ${id}`,
    status: "scheduled",
    scheduledFor: new Date(Date.UTC(2025, 10, 28, 22)),
    scheduledUntil: new Date(Date.UTC(2025, 10, 29, 0)),
    createdAt: day(createdOn),
    updatedAt: day(createdOn),
    componentNames: ["API"],
    updates: [{ status: "scheduled", body: "Planned", displayAt: day(createdOn) }],
  };
}

describe("buildHistoryChannel", () => {
  it("merges incidents and maintenance newest first", () => {
    const channel = buildHistoryChannel({
      page,
      incidents: [incident("i2", 20), incident("i1", 10)],
      maintenances: [maintenance("m1", 15)],
    });
    expect(channel.entries.map((e) => e.title)).toEqual(["Incident i2", "Maintenance m1", "Incident i1"]);
    expect(channel.updated).toEqual(new Date(day(20).getTime() + 3_600_000));
  });

  it("keeps the 50 most recent of both", () => {
    const incidents = Array.from({ length: 50 }, (_, n) => incident(`i${n}`, 2 + (n % 27)));
    const channel = buildHistoryChannel({ page, incidents, maintenances: [maintenance("new", 29), maintenance("old", 1)] });
    expect(channel.entries).toHaveLength(50);
    expect(channel.entries[0].title).toBe("Maintenance new");
    expect(channel.entries.map((e) => e.title)).not.toContain("Maintenance old");
  });

  it("links incidents to their page and maintenance to its anchor on the status page, with stable ids", () => {
    const [m, i] = buildHistoryChannel({ page, incidents: [incident("abc", 1)], maintenances: [maintenance("xyz", 2)] }).entries;
    expect(i).toMatchObject({ link: "https://status.acme.test/incidents/abc", id: "tag:status.acme.test,2005:Incident/abc" });
    expect(m).toMatchObject({ link: "https://status.acme.test/maintenance/xyz", id: "tag:status.acme.test,2005:Maintenance/xyz" });
    expect(i.published).toEqual(day(1));
  });

  it("names the feed after the page and links it to itself", () => {
    const channel = buildHistoryChannel({ page, incidents: [], maintenances: [] });
    expect(channel).toMatchObject({
      title: "Acme status history",
      atomUrl: "https://status.acme.test/history.atom",
      rssUrl: "https://status.acme.test/history.rss",
      updated: page.updatedAt,
    });
  });

  it("opens a maintenance entry with its window, then its updates newest first", () => {
    const [entry] = buildHistoryChannel({ page, incidents: [], maintenances: [maintenance("m", 1)] }).entries;
    expect(entry.contentHtml).toBe(
      "<p><strong>THIS IS A SCHEDULED EVENT Nov 28, 22:00 - Nov 29, 00:00 UTC</strong></p>" +
        "<p><small>Nov 1, 12:00 UTC</small><br><strong>Scheduled</strong> - Planned</p>",
    );
  });
});

describe("maintenanceWindow", () => {
  it("names the day once when the window ends the same day", () => {
    const window = { scheduledFor: new Date("2025-11-28T20:00:00Z"), scheduledUntil: new Date("2025-11-28T22:00:00Z") };
    expect(maintenanceWindow(window, "UTC")).toBe("Nov 28, 20:00 - 22:00 UTC");
    expect(maintenanceWindow(window, "America/New_York")).toBe("Nov 28, 15:00 - 17:00 EST");
  });
});
