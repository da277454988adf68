import { describe, expect, it } from "vitest";
import { badgeTargetOfModel, pageIndicatorOfModel } from "@/lib/badges/queries";
import { feedHistoryOfModel, maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { historyFromModel } from "@/lib/history/history-of-model";
import { incidentFromModel } from "@/lib/incidents/public-views";
import { maintenanceFromModel } from "@/lib/maintenance/public-views";
import { responseTimesOfModel } from "@/lib/monitors/response-times";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { renderSummary } from "@/lib/statuspage/render-summary";
import { pageVersionOfModel, statuspageSnapshotOfModel } from "@/lib/statuspage/snapshot-of-model";
import { subscribableChoicesFrom } from "@/lib/subscriptions/queries";
import { FIXTURE_AS_OF, modelFixture, withCompletedMaintenance } from "@/lib/testing/model-fixture";
import { publicRefsOf } from "./refs";

// Every public view is a pure function of the model: the same model gives the page, the API, the feeds and the
// badges, so they cannot disagree, and an unknown id or a page past the end is answered by the model itself.

const now = FIXTURE_AS_OF;

describe("views of the public read model", () => {
  it("the status page shows the open incident, the degraded group and the upcoming maintenance, not hidden components", () => {
    const view = statusPageOfModel(modelFixture(), now);
    expect(view.overall.indicator).toBe("major");
    expect(view.activeIncidents.map((i) => i.name)).toEqual(["Slow API"]);
    expect(view.activeIncidents[0].latestUpdate?.body).toBe("Found the cause.");
    expect(view.upcomingMaintenances.map((m) => [m.name, m.componentNames])).toEqual([["Database upgrade", ["Public API", "Website"]]]);
    expect(view.sections.map((s) => (s.kind === "group" ? s.name : s.component.name))).toEqual(["Core Services", "Website"]);
    const api = view.sections[0].kind === "group" ? view.sections[0].components[0] : null;
    expect(api?.status).toBe("degraded_performance");
    expect(api?.hasMonitors).toBe(true);
    expect(api?.days.at(-1)?.incidents.map((i) => i.id)).toEqual(["open1"]);
  });

  it("the incident page has the whole timeline, the published postmortem and every affected component", () => {
    const incident = incidentFromModel(modelFixture(), "open1");
    expect(incident?.updates.map((u) => u.status)).toEqual(["identified", "investigating"]);
    expect(incident?.updates[0].componentChanges).toEqual([
      { componentName: "Public API", oldStatus: "major_outage", newStatus: "degraded_performance" },
    ]);
    expect(incident?.affectedComponents).toEqual(["Public API", "Internal Tool"]);
    expect(incident?.postmortemBody).toBe("## What happened");
    expect(incidentFromModel(modelFixture(), "nope")).toBeNull();
  });

  it("history pages hold 20 incidents newest first, and a page past the end or not a number is null", () => {
    const model = modelFixture();
    expect(historyFromModel(model, 1)).toMatchObject({ incidentCount: 26, maintenanceCount: 0, page: 1, pageCount: 2 });
    expect(historyFromModel(model, 1)?.entries[0].name).toBe("Slow API");
    expect(historyFromModel(model, 2)?.entries.map((i) => i.id)).toEqual(["old06", "old05", "old04", "old03", "old02", "old01"]);
    expect(historyFromModel(model, 3)).toBeNull();
    expect(historyFromModel(model, Number.NaN)).toBeNull();
  });

  it("history holds completed maintenance in its place among the incidents, marked as maintenance; upcoming is not history", () => {
    const model = withCompletedMaintenance(modelFixture());
    const first = historyFromModel(model, 1);
    expect(first).toMatchObject({ incidentCount: 26, maintenanceCount: 1, pageCount: 2 });
    // Started 2026-10-20 12:00, between Old incident 20 (10:00 that day) and Old incident 21.
    const ids = first?.entries.map((e) => e.id);
    expect(ids?.slice(ids.indexOf("done1") - 1, ids.indexOf("done1") + 2)).toEqual(["old21", "done1", "old20"]);
    expect(first?.entries.find((e) => e.id === "done1")).toMatchObject({
      kind: "maintenance",
      name: "Network switch swap",
      componentNames: ["Public API", "Website"],
      announcementBody: "We will swap the core switch.",
      endedAt: new Date("2026-10-20T12:40:00Z"),
    });
    expect(historyFromModel(model, 2)?.entries).toHaveLength(7);
    expect(first?.entries.some((e) => e.id === "m1")).toBe(false);
    expect(publicRefsOf(model).historyPages).toBe(2);
  });

  it("the maintenance page has the window, the status, the components and the announcement, which stays once it starts", () => {
    const model = withCompletedMaintenance(modelFixture());
    const done = maintenanceFromModel(model, "done1");
    expect(done).toMatchObject({
      name: "Network switch swap",
      status: "completed",
      scheduledFor: new Date("2026-10-20T12:00:00Z"),
      completedAt: new Date("2026-10-20T12:40:00Z"),
      affectedComponents: ["Public API", "Website"],
      announcement: { status: "scheduled", body: "We will swap the core switch." },
    });
    expect(done?.updates.map((u) => u.status)).toEqual(["completed", "in_progress", "scheduled"]);
    expect(maintenanceFromModel(model, "nope")).toBeNull();
    expect(publicRefsOf(model).maintenances.has("done1")).toBe(true);
  });

  it("the status page's maintenance card keeps the announcement beside the latest update once the window starts", () => {
    const model = modelFixture();
    const m1 = model.maintenances[0];
    m1.status = "in_progress";
    m1.updates.unshift({
      ...m1.updates[0],
      id: "m1-2",
      status: "in_progress",
      body: "Scheduled maintenance is in progress.",
      displayAt: now,
    });
    const [card] = statusPageOfModel(model, now).activeMaintenances;
    expect(card.announcement?.body).toBe("We will upgrade.");
    expect(card.latestUpdate?.body).toBe("Scheduled maintenance is in progress.");
  });

  it("the v2 API shows shown components only, the open incident, and dates the page by its latest change", () => {
    const summary = renderSummary(statuspageSnapshotOfModel(modelFixture(), now));
    expect(summary.components.map((c) => c.name)).toEqual(["Core Services", "Public API", "Website"]);
    expect(summary.incidents.map((i) => i.name)).toEqual(["Slow API"]);
    expect(summary.incidents[0].components.map((c) => c.name)).toEqual(["Public API"]);
    expect(summary.scheduled_maintenances.map((m) => m.name)).toEqual(["Database upgrade"]);
    expect(summary.page.updated_at).toBe("2026-11-24T11:00:00.000Z");
    expect(pageVersionOfModel(modelFixture(), now)).toBe(summary.page.updated_at);
  });

  it("the feeds hold incidents with updates oldest first, and the calendar the maintenance", () => {
    const feed = feedHistoryOfModel(modelFixture());
    expect(feed.incidents[0].updates.map((u) => u.status)).toEqual(["investigating", "identified"]);
    expect(feed.maintenances.map((m) => m.componentNames)).toEqual([["Public API", "Website"]]);
    expect(maintenanceCalendarOfModel(modelFixture(), now).maintenances.map((m) => m.id)).toEqual(["m1"]);
  });

  it("badges find components by id or slug and groups by slug, as the page shows them; hidden ones are unknown", () => {
    const model = modelFixture();
    expect(pageIndicatorOfModel(model, now)).toBe("major");
    expect(badgeTargetOfModel(model, "public-api", now)).toMatchObject({ kind: "component", status: "degraded_performance" });
    expect(badgeTargetOfModel(model, "core-services", now)).toMatchObject({ kind: "group", name: "Core Services" });
    expect(badgeTargetOfModel(model, "internal", now)).toBeNull();
  });

  it("response times come from the model's rollups; an unknown or hidden component is null", () => {
    const series = responseTimesOfModel(modelFixture(), "public-api", "24h", now);
    expect(series?.points.at(-2)).toMatchObject({ p50Ms: 120, checks: 60 });
    expect(series?.monitored).toBe(true);
    expect(responseTimesOfModel(modelFixture(), "internal", "24h", now)).toBeNull();
  });

  it("the subscribe page offers shown components by group", () => {
    const { groups, components } = modelFixture();
    expect(
      subscribableChoicesFrom(
        groups,
        components.filter((c) => c.showcase),
      ),
    ).toEqual({
      groups: [{ id: "g1", name: "Core Services", components: [{ id: "api", name: "Public API" }] }],
      ungrouped: [{ id: "web", name: "Website" }],
    });
  });

  it("the front server's refs know every incident, shown component and group, and the number of history pages", () => {
    const refs = publicRefsOf(modelFixture());
    expect(refs.incidents.has("old01")).toBe(true);
    expect([...refs.components].sort()).toEqual(["api", "core-services", "g1", "public-api", "web", "website"]);
    expect(refs.historyPages).toBe(2);
  });
});
