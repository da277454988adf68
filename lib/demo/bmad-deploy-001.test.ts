import { describe, expect, it } from "vitest";
import { buildBmadDemo, datePostmortem } from "./bmad-deploy-001";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Late in a UTC day, so "3 days ago at 14:12" and "now - 3 days" differ.
const now = new Date("2026-03-10T23:30:00.000Z");
const demo = buildBmadDemo(now, "# BMAD-DEPLOY-001 retrospective");
const { incident, maintenance } = demo;
const minutesAfterStart = (date: Date) => (date.getTime() - incident.startedAt.getTime()) / MINUTE;

describe("buildBmadDemo", () => {
  it("starts the incident at 14:12 UTC on the calendar day three days before now", () => {
    expect(incident.startedAt.toISOString()).toBe("2026-03-07T14:12:00.000Z");
    expect(buildBmadDemo(new Date("2026-03-10T00:05:00Z"), "").incident.startedAt.toISOString()).toBe("2026-03-07T14:12:00.000Z");
  });

  it("runs the timeline from T+0 investigating to T+33 resolved in order", () => {
    expect(incident.updates.map((u) => [minutesAfterStart(u.displayAt), u.status])).toEqual([
      [0, "investigating"],
      [2, "investigating"],
      [5, "identified"],
      [7, "identified"],
      [9, "identified"],
      [10, "monitoring"],
      [33, "resolved"],
    ]);
  });

  it("dates the incident's status fields by the retrospective's times", () => {
    expect(incident.status).toBe("resolved");
    expect(incident.impact).toBe("critical");
    expect(minutesAfterStart(incident.identifiedAt)).toBe(5);
    expect(minutesAfterStart(incident.monitoringAt)).toBe(10);
    expect(minutesAfterStart(incident.resolvedAt)).toBe(33);
    expect(incident.postmortemPublishedAt.getTime() - incident.resolvedAt.getTime()).toBe(60 * MINUTE);
  });

  it("dates the retrospective's incident and resolution lines to the replayed incident's day", () => {
    const retrospective = "# Retro\n\n**Incident Date**: 2025-10-19\n**Resolution Date**: 2025-10-19\n\nMigration 20251017171256_init.";
    expect(buildBmadDemo(now, retrospective).incident.postmortemBody).toBe(
      "# Retro\n\n**Incident Date**: 2026-03-07\n**Resolution Date**: 2026-03-07\n\nMigration 20251017171256_init.",
    );
    const lateNight = datePostmortem(retrospective, new Date("2026-03-07T23:50:00Z"), new Date("2026-03-08T00:23:00Z"));
    expect(lateNight).toContain("**Incident Date**: 2026-03-07\n**Resolution Date**: 2026-03-08");
  });

  it("publishes the given retrospective as the postmortem", () => {
    expect(incident.postmortemBody).toBe("# BMAD-DEPLOY-001 retrospective");
  });

  it("takes the Backend API and MCP Server down at T+0 and only degrades the Frontend", () => {
    const first = Object.fromEntries(incident.updates[0].componentChanges.map((c) => [c.slug, c.newStatus]));
    expect(first).toEqual({
      "backend-api": "major_outage",
      "mcp-server": "major_outage",
      frontend: "degraded_performance",
      "real-time-updates": "major_outage",
      xero: "major_outage",
      shopify: "major_outage",
      amazon: "major_outage",
      unleashed: "major_outage",
    });
    expect(incident.componentSlugs.sort()).toEqual(Object.keys(first).sort());
  });

  it("changes no component between T+0 and the resolution", () => {
    expect(incident.updates.slice(1, -1).every((u) => u.componentChanges.length === 0)).toBe(true);
  });

  it("returns every component affected at T+0 to operational when resolved", () => {
    const resolved = incident.updates.at(-1)!;
    const affectedAtStart = incident.updates[0].componentChanges;
    expect(resolved.componentChanges).toHaveLength(affectedAtStart.length);
    for (const change of affectedAtStart) {
      expect(resolved.componentChanges).toContainEqual({ slug: change.slug, oldStatus: change.newStatus, newStatus: "operational" });
    }
  });

  it("tells users about the 502s, the P3018 migration failure and the pgvector version fix", () => {
    const text = incident.updates.map((u) => u.body).join("\n");
    expect(text).toContain("502 Bad Gateway");
    expect(text).toContain("P3018");
    expect(text).toContain('WITH VERSION "0.5.1"');
  });

  it("places the incident in the past and within the last 14 days", () => {
    expect(incident.postmortemPublishedAt.getTime()).toBeLessThan(now.getTime());
    expect(incident.startedAt.getTime()).toBeGreaterThan(now.getTime() - 14 * DAY);
  });

  it("schedules the database migration as upcoming maintenance on Backend API and MCP Server", () => {
    expect(maintenance.status).toBe("scheduled");
    expect(maintenance.scheduledFor.toISOString()).toBe("2026-03-14T22:00:00.000Z");
    expect(maintenance.scheduledUntil.getTime() - maintenance.scheduledFor.getTime()).toBe(120 * MINUTE);
    expect(maintenance.scheduledFor.getTime()).toBeGreaterThan(now.getTime());
    expect(maintenance.componentSlugs).toEqual(["backend-api", "mcp-server"]);
    expect(maintenance.updates).toHaveLength(1);
    expect(maintenance.updates[0].body).toContain("BMAD-DEPLOY-002");
    expect(maintenance.updates[0].displayAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("gives components unique kebab-case slugs and known groups", () => {
    const slugs = demo.components.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const groupKeys = demo.groups.map((g) => g.key);
    for (const c of demo.components) if (c.groupKey !== null) expect(groupKeys).toContain(c.groupKey);
  });

  it("names the page after CapLiquify in UTC", () => {
    expect(demo.page).toMatchObject({ id: "page", name: "CapLiquify Status", url: "http://localhost:3000", timeZone: "UTC" });
  });

  it("starts each component's history with a created operational entry at its start date", () => {
    for (const c of demo.components) {
      const history = demo.statusHistory.filter((h) => h.slug === c.slug);
      expect(history[0]).toEqual({ slug: c.slug, status: "operational", changedAt: c.startDate, cause: "created" });
      expect(history.slice(1).every((h) => h.cause === "incident")).toBe(true);
    }
  });

  it("keeps each component's current status equal to its last history entry", () => {
    for (const c of demo.components) {
      const history = demo.statusHistory.filter((h) => h.slug === c.slug);
      expect(c.status).toBe(history.at(-1)!.status);
      expect(c.status).toBe("operational");
    }
  });

  it("records one history entry per incident component change, at the update's time", () => {
    const fromIncident = demo.statusHistory.filter((h) => h.cause === "incident");
    const changes = incident.updates.flatMap((u) =>
      u.componentChanges.map((c) => ({ slug: c.slug, status: c.newStatus, changedAt: u.displayAt, cause: "incident" })),
    );
    expect(fromIncident).toHaveLength(changes.length);
    for (const change of changes) expect(fromIncident).toContainEqual(change);
  });

  it("starts most components 120 days ago", () => {
    const others = demo.components.filter((c) => c.slug !== "real-time-updates");
    for (const c of others) expect(c.startDate.getTime()).toBe(now.getTime() - 120 * DAY);
  });

  it("has no Real-time updates history before 40 days ago", () => {
    const sse = demo.components.find((c) => c.name === "Real-time updates (SSE)")!;
    expect(sse.startDate.getTime()).toBe(now.getTime() - 40 * DAY);
    const history = demo.statusHistory.filter((h) => h.slug === sse.slug);
    expect(history.every((h) => h.changedAt.getTime() >= now.getTime() - 40 * DAY)).toBe(true);
  });

  it("lists the status history in time order", () => {
    const times = demo.statusHistory.map((h) => h.changedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
