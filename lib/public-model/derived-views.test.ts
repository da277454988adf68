import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { badgeTargetOfModel } from "@/lib/badges/queries";
import { scopedModel } from "@/lib/feeds/feed-scope";
import { feedHistoryOfModel, maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { historyFromModel, historyPageCount } from "@/lib/history/history-of-model";
import { incidentFromModel } from "@/lib/incidents/public-views";
import { statusPageOfModel, statusPageSourceOf } from "@/lib/status/status-page-of-model";
import { renderSummary } from "@/lib/statuspage/render-summary";
import { pageVersionOfModel, statuspageSnapshotOfModel } from "@/lib/statuspage/snapshot-of-model";
import { modelAtScale, withIncidentUpdate } from "@/lib/testing/model-at-scale";
import type { PublicModel } from "./model";
import { publicRefsOf } from "./refs";

// The public views are derived once per part of the model and reused by every model sharing that part
// (lib/derived-views/derived.ts). These tests hold them to what they gave before that (golden files written by the views as they
// were), and show that a changed model sharing parts with an older one gets exactly the views a fresh copy gets.

const asOf = new Date("2026-11-24T12:00:00Z");
const at = (iso: string) => new Date(iso);

/** 20 components, 600 incidents (one still open), three maintenances, in a zone with DST. */
function model(): PublicModel {
  const base = modelAtScale(asOf, { components: 20, groups: 3, incidents: 600, updatesPerIncident: 3, days: 200 });
  const update = (id: string, status: "scheduled" | "in_progress" | "completed", displayAt: string) => ({
    id,
    status,
    body: `Maintenance ${id}`,
    displayAt: at(displayAt),
    createdAt: at(displayAt),
    updatedAt: at(displayAt),
  });
  const window = (id: string, status: "scheduled" | "in_progress" | "completed", from: string, until: string, componentIds: string[]) => ({
    id,
    name: `Window ${id}`,
    status,
    scheduledFor: at(from),
    scheduledUntil: at(until),
    startedAt: status === "scheduled" ? null : at(from),
    completedAt: status === "completed" ? at(until) : null,
    createdAt: at("2026-10-01T00:00:00Z"),
    updatedAt: at("2026-10-01T00:00:00Z"),
    componentIds,
    updates: [update(`${id}-1`, status, from)],
  });
  const [first, ...rest] = base.incidents;
  return {
    ...base,
    page: { ...base.page, timeZone: "America/New_York" },
    components: base.components.map((c, index) => (index === 3 ? { ...c, status: "partial_outage", monitored: false } : c)),
    incidents: [{ ...first, status: "identified", resolvedAt: null }, ...rest],
    maintenances: [
      window("m-next", "scheduled", "2026-11-25T02:00:00Z", "2026-11-25T04:00:00Z", ["c2", "c1"]),
      window("m-now", "in_progress", "2026-11-24T11:00:00Z", "2026-11-24T13:00:00Z", ["c5"]),
      window("m-done", "completed", "2026-11-01T02:00:00Z", "2026-11-01T03:00:00Z", ["c1"]),
    ],
  };
}

/** Every view a public route shows, as plain data. */
function views(m: PublicModel) {
  const refs = publicRefsOf(m);
  return {
    statusPage: statusPageOfModel(m, asOf),
    pageVersion: pageVersionOfModel(m, asOf),
    summary: renderSummary(statuspageSnapshotOfModel(m, asOf)),
    historyFirst: historyFromModel(m, 1),
    historyLast: historyFromModel(m, historyPageCount(m)),
    historyPastTheEnd: historyFromModel(m, historyPageCount(m) + 1),
    incident: incidentFromModel(m, "i2"),
    openIncident: incidentFromModel(m, "i1"),
    unknownIncident: incidentFromModel(m, "nope"),
    feeds: feedHistoryOfModel(m),
    scopedFeeds: feedHistoryOfModel(scopedModel(m, "component-2")!),
    calendar: maintenanceCalendarOfModel(m, asOf),
    badge: badgeTargetOfModel(m, "component-4", asOf),
    groupBadge: badgeTargetOfModel(m, "g2", asOf),
    refs: { ...refs, incidents: [...refs.incidents], maintenances: [...refs.maintenances], components: [...refs.components] },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

describe("views derived per part of the public model", () => {
  it("give what the views gave before they were kept per part", async () => {
    // SHA-256 of each view's JSON (the status page alone is 0.8 MB): written once by the views as they were.
    const digests = Object.entries(views(model())).map(
      ([name, value]) => `${name} ${createHash("sha256").update(json(value)).digest("hex")}`,
    );
    await expect(`${digests.join("\n")}\n`).toMatchFileSnapshot("./__golden__/derived-views.sha256");
  });

  it("a changed model sharing every other part gives exactly what a fresh copy of it gives", () => {
    const before = model();
    views(before); // derive (and keep) every view of the parts the changed model shares
    const changed = withIncidentUpdate(before, "The fix is holding.", at("2026-11-24T12:00:01Z"));
    const fresh = structuredClone(changed);
    expect(json(views(changed))).toBe(json(views(fresh)));
    expect(statusPageOfModel(changed, asOf).activeIncidents[0].latestUpdate?.body).toBe("The fix is holding.");
    expect(incidentFromModel(changed, "i1")?.updates[0].body).toBe("The fix is holding.");
  });

  it("after a change only the changed incident is derived again", () => {
    const before = model();
    const changed = withIncidentUpdate(before, "Again.", at("2026-11-24T12:00:01Z"));
    const [old, next] = [statusPageSourceOf(before).incidents, statusPageSourceOf(changed).incidents];
    expect(next[0]).not.toBe(old[0]);
    expect(next.slice(1).every((summary, index) => summary === old[index + 1])).toBe(true);
  });
});
