import { describe, expect, it } from "vitest";
import { locationChartRows } from "@/components/monitors/location-chart-rows";
import type { PublicModel } from "@/lib/public-model/model";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { FIXTURE_AS_OF, modelFixture } from "@/lib/testing/model-fixture";
import { locationSeriesOf } from "./location-response-times";
import { responseTimesOfModel } from "./response-times";

const now = FIXTURE_AS_OF;
const at = (iso: string) => new Date(iso);
const period = (locationName: string, iso: string, p50Ms: number | null, componentId = "api") => ({
  componentId,
  locationName,
  periodStart: at(iso),
  checks: 120,
  failures: p50Ms === null ? 120 : 0,
  p50Ms,
  p95Ms: p50Ms === null ? null : p50Ms * 2,
});

/** The fixture's API checked from Frankfurt and Virginia; the website from Frankfurt alone. */
function modelWithLocations(): PublicModel {
  return {
    ...modelFixture(),
    locationResponsePeriods: [
      period("us-east", "2026-11-24T11:00:00Z", 95),
      period("eu-west", "2026-11-24T10:00:00Z", 30),
      period("eu-west", "2026-11-24T11:00:00Z", 32),
      period("eu-west", "2026-11-14T11:00:00Z", 31), // ten days ago: outside every hourly range
      period("eu-west", "2026-11-24T11:00:00Z", 40, "web"),
    ],
    locationLatest: [
      {
        componentId: "api",
        locationName: "us-east",
        ok: false,
        responseTimeMs: null,
        checkedAt: at("2026-11-24T11:59:30Z"),
        offline: false,
      },
      { componentId: "api", locationName: "eu-west", ok: true, responseTimeMs: 33, checkedAt: at("2026-11-24T11:59:30Z"), offline: false },
      { componentId: "api", locationName: "ap-south", ok: null, responseTimeMs: null, checkedAt: null, offline: true },
      { componentId: "web", locationName: "eu-west", ok: true, responseTimeMs: 41, checkedAt: at("2026-11-24T11:59:30Z"), offline: false },
    ],
  };
}

describe("response times per location", () => {
  it("one series per location, by name, with every hour of the range and gaps where nothing was measured", () => {
    const series = locationSeriesOf(modelWithLocations().locationResponsePeriods!, "api", "24h", now);
    expect(series.map((s) => s.location)).toEqual(["eu-west", "us-east"]);
    for (const s of series) expect(s.points).toHaveLength(24);
    const [eu, us] = series;
    expect(eu.points.slice(-3).map((p) => p.p50Ms)).toEqual([30, 32, null]);
    expect(us.points.slice(-3).map((p) => p.p50Ms)).toEqual([null, 95, null]);
    expect(eu.points.at(-2)).toMatchObject({ start: "2026-11-24T11:00:00.000Z", checks: 120, p95Ms: 64 });
  });

  it("a component checked from one place, the daily range and a model without locations give no per-location series", () => {
    const model = modelWithLocations();
    expect(locationSeriesOf(model.locationResponsePeriods!, "web", "24h", now)).toEqual([]);
    expect(locationSeriesOf(model.locationResponsePeriods!, "api", "30d", now)).toEqual([]);
    expect(responseTimesOfModel(modelFixture(), "public-api", "24h", now)?.locations).toEqual([]);
  });

  it("the public document keeps 'all locations' as its series and adds the locations beside it", () => {
    const series = responseTimesOfModel(modelWithLocations(), "public-api", "7d", now)!;
    expect(series.points.at(-2)).toMatchObject({ p50Ms: 120, checks: 60 });
    expect(series.locations.map((l) => [l.location, l.points.length])).toEqual([
      ["eu-west", 168],
      ["us-east", 168],
    ]);
  });

  it("the chart reads one row per hour with one key per location", () => {
    const rows = locationChartRows(locationSeriesOf(modelWithLocations().locationResponsePeriods!, "api", "24h", now));
    expect(rows).toHaveLength(24);
    expect(rows.at(-2)).toEqual({ start: "2026-11-24T11:00:00.000Z", "loc:0": 32, "loc:1": 95 });
    expect(locationChartRows([])).toEqual([]);
  });

  it("the status page lists each location's last result for a component checked from several places only", () => {
    const page = statusPageOfModel(modelWithLocations(), now);
    const components = page.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component]));
    const api = components.find((c) => c.id === "api")!;
    expect(api.locations).toEqual([
      { name: "ap-south", ok: null, responseTimeMs: null, offline: true },
      { name: "eu-west", ok: true, responseTimeMs: 33, offline: false },
      { name: "us-east", ok: false, responseTimeMs: null, offline: false },
    ]);
    expect(components.find((c) => c.id === "web")).not.toHaveProperty("locations");
    const plain = statusPageOfModel(modelFixture(), now).sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component]));
    expect(plain.every((c) => !("locations" in c))).toBe(true);
  });
});
