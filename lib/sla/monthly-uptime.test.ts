import { describe, expect, it } from "vitest";
import { buildSlaReport, monthsEndingAt } from "./monthly-uptime";
import { slaReportCsv, slaReportJson } from "./report-formats";

const now = new Date("2026-11-15T00:00:00Z");
const hour = (iso: string) => new Date(iso);
const monitored = { id: "api", name: "API, v2", startDate: new Date("2025-01-01T00:00:00Z"), hasMonitors: true, changes: [] };

describe("the SLA report", () => {
  it("covers the last 12 UTC months, the current one up to now", () => {
    const months = monthsEndingAt(now);
    expect(months.map((m) => m.key)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(months.at(-1)?.to).toEqual(now);
  });

  it("measures a monitored component from its hourly rollups, leaving out hours in its maintenance", () => {
    const report = buildSlaReport({
      now,
      components: [monitored],
      rollups: [
        { componentId: "api", periodStart: hour("2026-10-01T00:00:00Z"), checks: 60, failures: 0 },
        { componentId: "api", periodStart: hour("2026-10-01T01:00:00Z"), checks: 60, failures: 6 },
        // Down during planned maintenance: not counted.
        { componentId: "api", periodStart: hour("2026-10-02T22:00:00Z"), checks: 60, failures: 60 },
        { componentId: "other", periodStart: hour("2026-10-01T00:00:00Z"), checks: 60, failures: 60 },
      ],
      maintenance: [{ componentIds: ["api"], from: hour("2026-10-02T22:30:00Z"), to: hour("2026-10-02T22:50:00Z") }],
    });
    const october = report.rows[0].months.find((m) => m.month === "2026-10");
    expect(october?.uptimePercent).toBeCloseTo(95, 6);
    expect(report.rows[0].months.find((m) => m.month === "2026-09")?.uptimePercent).toBeNull();
  });

  it("measures a component without monitors from its status history, maintenance neither up nor down", () => {
    const component = {
      id: "web",
      name: "Web",
      startDate: new Date("2026-10-01T00:00:00Z"),
      hasMonitors: false,
      changes: [
        { status: "operational" as const, changedAt: new Date("2026-10-01T00:00:00Z") },
        { status: "major_outage" as const, changedAt: new Date("2026-10-10T00:00:00Z") },
        { status: "under_maintenance" as const, changedAt: new Date("2026-10-10T06:00:00Z") },
        { status: "operational" as const, changedAt: new Date("2026-10-11T00:00:00Z") },
      ],
    };
    const report = buildSlaReport({ now, components: [component], rollups: [], maintenance: [] });
    const months = Object.fromEntries(report.rows[0].months.map((m) => [m.month, m.uptimePercent]));
    expect(months["2026-09"]).toBeNull();
    const observedHours = 31 * 24 - 18; // October without its 18 hours of maintenance
    expect(months["2026-10"]).toBeCloseTo(((observedHours - 6) / observedHours) * 100, 6);
    expect(months["2026-11"]).toBe(100);
  });

  it("exports CSV with one column per month and JSON with the same figures", () => {
    const report = buildSlaReport({
      now,
      components: [monitored],
      rollups: [{ componentId: "api", periodStart: hour("2026-11-01T00:00:00Z"), checks: 3, failures: 1 }],
      maintenance: [],
    });
    const [head, row] = slaReportCsv(report).split("\r\n");
    expect(head).toBe(`component,source,${report.months.join(",")}`);
    expect(row).toBe(`"API, v2",monitors${",".repeat(11)},66.667`);
    expect(slaReportJson(report).components[0].uptime.at(-1)).toEqual({ month: "2026-11", percent: 66.667 });
  });
});
