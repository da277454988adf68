import { describe, expect, it } from "vitest";
import { component, incident, maintenance, page, snapshot } from "@/lib/testing/statuspage-fixtures";
import { renderComponents } from "./render-components";
import { renderIncident } from "./render-incidents";
import { renderStatus } from "./render-status";
import { renderSummary } from "./render-summary";

describe("status.json", () => {
  it("is all systems operational when nothing is wrong", () => {
    const s = snapshot({ components: [component("web")] });
    expect(renderStatus(s)).toEqual({
      page: {
        id: "page",
        name: "Acme",
        url: "https://status.acme.test/",
        time_zone: "Pacific/Auckland",
        updated_at: "2026-01-01T00:00:00.000Z",
      },
      status: { indicator: "none", description: "All Systems Operational" },
    });
  });

  it("takes the worst of component statuses and unresolved incident impacts", () => {
    expect(renderStatus(snapshot()).status).toEqual({ indicator: "major", description: "Partial System Outage" });
    expect(renderStatus(snapshot({ incidents: [incident()] })).status.indicator).toBe("critical");
    expect(renderStatus(snapshot({ incidents: [incident({ status: "resolved" })] })).status.indicator).toBe("major");
  });

  it("reports maintenance while one is in progress and nothing is broken", () => {
    const m = maintenance("m1", "2026-02-01T00:00:00Z", "2026-02-01T02:00:00Z", { status: "in_progress", componentIds: [] });
    expect(renderStatus(snapshot({ components: [component("web")], maintenances: [m] })).status.indicator).toBe("maintenance");
    // Once its window has passed it no longer counts, as on the page.
    const later = snapshot({ components: [component("web")], maintenances: [m], asOf: new Date("2026-02-01T03:00:00Z") });
    expect(renderStatus(later).status.indicator).toBe("none");
  });
});

describe("components.json", () => {
  it("flattens groups into the list, each followed by its members, and leaves out empty groups", () => {
    const list = renderComponents(snapshot());
    expect(list.map((c) => [c.id, c.group])).toEqual([
      ["web", false],
      ["core", true],
      ["api", false],
      ["db", false],
      ["cdn", false],
    ]);
    const group = list.find((c) => c.id === "core")!;
    expect(group).toMatchObject({ components: ["api", "db"], status: "partial_outage", start_date: null, group_id: null, page_id: "page" });
    expect(list.find((c) => c.id === "api")).not.toHaveProperty("components");
    expect(list.find((c) => c.id === "api")).toMatchObject({ group_id: "core", showcase: true, only_show_if_degraded: false });
  });

  it("gives start_date as the calendar day in the page's time zone", () => {
    const [web] = renderComponents(snapshot({ components: [component("web")] }));
    expect(web.start_date).toBe("2026-01-02"); // noon UTC is the next morning in Auckland
    expect(web.created_at).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("incidents.json", () => {
  it("lists updates newest first with affected components, or null when an update changed none", () => {
    const rendered = renderIncident(incident(), page, snapshot().components);
    expect(rendered.incident_updates.map((u) => u.id)).toEqual(["second", "first"]);
    expect(rendered.incident_updates[0]).toMatchObject({
      affected_components: null,
      incident_id: "inc1",
      custom_tweet: null,
      tweet_id: null,
    });
    expect(rendered.incident_updates[1].affected_components).toEqual([
      { code: "api", name: "API", old_status: "operational", new_status: "major_outage" },
    ]);
  });

  it("links to the incident page and carries the full affected component objects", () => {
    const rendered = renderIncident(incident(), page, snapshot().components);
    expect(rendered.shortlink).toBe("https://status.acme.test/incidents/inc1");
    expect(rendered.components.map((c) => c.id)).toEqual(["api"]);
    expect(rendered.components[0]).toHaveProperty("start_date");
    expect(rendered).toMatchObject({ impact: "critical", resolved_at: null, monitoring_at: null, page_id: "page" });
  });
});

describe("summary.json", () => {
  it("includes only unresolved incidents and empty lists as []", () => {
    const summary = renderSummary(snapshot({ incidents: [incident(), incident({ id: "old", status: "resolved" })] }));
    expect(summary.incidents.map((i) => i.id)).toEqual(["inc1"]);
    expect(summary.scheduled_maintenances).toEqual([]);
    expect(summary.status.indicator).toBe("critical");
    expect(Object.keys(summary)).toEqual(["page", "components", "incidents", "scheduled_maintenances", "status"]);
  });
});
