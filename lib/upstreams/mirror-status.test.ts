import { describe, expect, it } from "vitest";
import { describedComponent } from "@/lib/statuspage/render-components";
import { VENDOR_COMPONENTS, VENDOR_GROUP, vendorSummary } from "@/lib/testing/upstream-documents";
import { readMirror } from "./mirror-status";
import { nextPollDelaySeconds } from "./poll-schedule";
import { parseSummary, type UpstreamSummary } from "./summary";

const [GIT, , , EU, US] = VENDOR_COMPONENTS;

function summaryOf(document: unknown): UpstreamSummary {
  const parsed = parseSummary(JSON.stringify(document));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.summary;
}

describe("reading a mirror from an upstream summary", () => {
  it("maps every Statuspage component status to Beacon's own, and the indicator for the page", () => {
    for (const status of ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] as const) {
      const summary = summaryOf(vendorSummary("GitHub", "https://x.test", { statuses: { [GIT.id]: status } }));
      expect(readMirror(summary, { kind: "component", upstreamRef: GIT.id }).status).toBe(status);
    }
    const indicators = {
      none: "operational",
      minor: "degraded_performance",
      major: "partial_outage",
      critical: "major_outage",
      maintenance: "under_maintenance",
    } as const;
    for (const [indicator, status] of Object.entries(indicators)) {
      const summary = summaryOf(vendorSummary("GitHub", "https://x.test", { indicator: indicator as keyof typeof indicators }));
      expect(readMirror(summary, { kind: "page", upstreamRef: null }).status).toBe(status);
    }
  });

  it("shows a group's worst member", () => {
    const summary = summaryOf(
      vendorSummary("GitHub", "https://x.test", { statuses: { [EU.id]: "degraded_performance", [US.id]: "major_outage" } }),
    );
    expect(readMirror(summary, { kind: "group", upstreamRef: VENDOR_GROUP.id }).status).toBe("major_outage");
  });

  it("is unknown, never down, for no summary, a status it can't map, or a component that is gone", () => {
    expect(readMirror(null, { kind: "page", upstreamRef: null }).status).toBeNull();
    const summary = summaryOf(vendorSummary("GitHub", "https://x.test"));
    expect(readMirror(summary, { kind: "component", upstreamRef: "gone" }).status).toBeNull();
    summary.components[0].status = "full_service_disruption";
    expect(readMirror(summary, { kind: "component", upstreamRef: summary.components[0].id }).status).toBeNull();
  });

  it("carries the vendor's unresolved incident that names the component, not a resolved one", () => {
    const summary = summaryOf(
      vendorSummary("GitHub", "https://x.test", {
        incidents: [
          { id: "old", name: "Resolved earlier", status: "resolved", componentIds: [GIT.id] },
          { id: "new", name: "Elevated error rates", componentIds: [GIT.id] },
        ],
      }),
    );
    expect(readMirror(summary, { kind: "component", upstreamRef: GIT.id }).incident?.name).toBe("Elevated error rates");
    expect(readMirror(summary, { kind: "group", upstreamRef: VENDOR_GROUP.id }).incident).toBeNull();
  });

  it("refuses an HTML page and a JSON document that is not a summary", () => {
    expect(parseSummary("<!doctype html>")).toEqual({ ok: false, reason: "The answer is not JSON (an error page?)" });
    expect(parseSummary('{"status":"ok"}').ok).toBe(false);
  });
});

describe("the poll schedule", () => {
  it("polls every interval plus up to 10 % jitter, and backs off exponentially to ten minutes on failures", () => {
    expect(nextPollDelaySeconds(60, 0, 0)).toBe(60);
    expect(nextPollDelaySeconds(60, 0, 0.999)).toBeCloseTo(66, 0);
    expect([1, 2, 3, 4, 10].map((failures) => nextPollDelaySeconds(60, failures, 0))).toEqual([120, 240, 480, 600, 600]);
  });
});

describe("a mirrored component in the v2 API", () => {
  it("says it is third-party at the start of its description, and why its status is unknown", () => {
    const thirdParty = { vendor: "Render", url: "https://status.render.com", unavailable: true, incidentTitle: null };
    expect(describedComponent({ description: "Our hosting", thirdParty })).toBe(
      "Third-party: Render (https://status.render.com). Status unavailable from Render. Our hosting",
    );
    expect(
      describedComponent({ description: null, thirdParty: { ...thirdParty, unavailable: false, incidentTitle: "Elevated error rates" } }),
    ).toBe("Third-party: Render (https://status.render.com). Render reports: Elevated error rates.");
    expect(describedComponent({ description: "Own", thirdParty: null })).toBe("Own");
  });
});
