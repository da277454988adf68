import { describe, expect, it } from "vitest";
import { maintenance, snapshot, t } from "@/lib/testing/statuspage-fixtures";
import { renderActiveMaintenances, renderScheduledMaintenances, renderUpcomingMaintenances } from "./render-scheduled-maintenances";
import { renderSummary } from "./render-summary";
import { RECENT_LIMIT } from "./snapshot";

// asOf is 2026-02-01T01:00Z in the fixtures.
const past = maintenance("past", "2026-01-10T00:00:00Z", "2026-01-10T02:00:00Z", {
  status: "completed",
  completedAt: t("2026-01-10T01:30:00Z"),
});
const running = maintenance("running", "2026-02-01T00:00:00Z", "2026-02-01T02:00:00Z", {
  status: "in_progress",
  startedAt: t("2026-02-01T00:00:00Z"),
});
const checking = maintenance("checking", "2026-01-31T23:00:00Z", "2026-02-01T03:00:00Z", { status: "verifying" });
const soon = maintenance("soon", "2026-02-03T00:00:00Z", "2026-02-03T02:00:00Z");
const later = maintenance("later", "2026-02-05T00:00:00Z", "2026-02-05T02:00:00Z");
// Never started and its window is over: no longer upcoming, as on the page.
const missed = maintenance("missed", "2026-01-20T00:00:00Z", "2026-01-20T02:00:00Z");
const all = [later, past, running, soon, missed, checking];
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe("scheduled maintenance documents", () => {
  it("scheduled-maintenances.json lists every maintenance, completed ones too, latest scheduled start first", () => {
    const list = renderScheduledMaintenances(snapshot({ maintenances: all })).scheduled_maintenances;
    expect(ids(list)).toEqual(["later", "soon", "running", "checking", "missed", "past"]);
    expect(list.at(-1)).toMatchObject({ status: "completed", resolved_at: "2026-01-10T01:30:00.000Z", impact: "maintenance" });
  });

  it("scheduled-maintenances.json stops at the 50 most recent", () => {
    const many = Array.from({ length: RECENT_LIMIT + 5 }, (_, i) =>
      maintenance(`m${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString(), new Date(Date.UTC(2025, 0, 1 + i, 2)).toISOString(), {
        status: "completed",
      }),
    );
    const list = renderScheduledMaintenances(snapshot({ maintenances: many })).scheduled_maintenances;
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0].id).toBe(`m${RECENT_LIMIT + 4}`);
  });

  it("upcoming.json lists only scheduled maintenance whose window is still ahead, soonest first", () => {
    expect(ids(renderUpcomingMaintenances(snapshot({ maintenances: all })).scheduled_maintenances)).toEqual(["soon", "later"]);
  });

  it("active.json lists maintenance in progress or verifying, soonest first", () => {
    expect(ids(renderActiveMaintenances(snapshot({ maintenances: all })).scheduled_maintenances)).toEqual(["checking", "running"]);
  });

  it("summary.json lists active and upcoming maintenance but not completed ones", () => {
    expect(ids(renderSummary(snapshot({ maintenances: all })).scheduled_maintenances)).toEqual(["checking", "running", "soon", "later"]);
  });

  it("shows a maintenance's window, its updates newest first and its components", () => {
    const [m] = renderActiveMaintenances(snapshot({ maintenances: [running] })).scheduled_maintenances;
    expect(m).toMatchObject({
      scheduled_for: "2026-02-01T00:00:00.000Z",
      scheduled_until: "2026-02-01T02:00:00.000Z",
      started_at: "2026-02-01T00:00:00.000Z",
      monitoring_at: null,
      shortlink: "https://status.acme.test/maintenance/running",
    });
    expect(m.components.map((c) => c.id)).toEqual(["db"]);
    expect(m.incident_updates[0]).toMatchObject({ incident_id: "running", affected_components: null, custom_tweet: null });
  });

  it("every list is [] when there is no maintenance", () => {
    const s = snapshot();
    for (const render of [renderScheduledMaintenances, renderUpcomingMaintenances, renderActiveMaintenances]) {
      expect(render(s).scheduled_maintenances).toEqual([]);
    }
  });
});
