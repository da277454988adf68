import { describe, expect, it } from "vitest";
import type { IncidentSummaryView, MaintenanceView } from "@/lib/status/queries";
import { parseEmbedTheme, plainTextExcerpt, toWidgetView } from "./widget-view";

const page = { name: "Acme", url: "https://status.acme.test", timeZone: "UTC", description: null, logoUrl: null, showSlaTable: false };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));

const incident = (
  id: string,
  impact: IncidentSummaryView["impact"],
  minute: number,
  body = "We are looking into it.",
): IncidentSummaryView => ({
  id,
  name: `Incident ${id}`,
  impact,
  status: "identified",
  startedAt: at(minute),
  resolvedAt: null,
  latestUpdate: { status: "identified", body, displayAt: at(minute + 5) },
});
const maintenance: MaintenanceView = {
  id: "m1",
  name: "Database upgrade",
  status: "in_progress",
  scheduledFor: at(0),
  scheduledUntil: at(59),
  componentNames: ["API"],
  latestUpdate: { status: "in_progress", body: "Upgrade **started**.", displayAt: at(1) },
  announcement: { status: "scheduled", body: "We will upgrade.", displayAt: at(-60) },
};
const view = (activeIncidents: IncidentSummaryView[], activeMaintenances: MaintenanceView[] = []) => ({
  page,
  overall: { indicator: "major" as const, description: "Partial System Outage" },
  activeIncidents,
  activeMaintenances,
});

describe("the embed widget's view", () => {
  it("shows the overall status alone when nothing is active", () => {
    const none = toWidgetView({ ...view([]), overall: { indicator: "none", description: "All Systems Operational" } });
    expect(none).toEqual({ pageName: "Acme", indicator: "none", description: "All Systems Operational", headline: null });
  });

  it("headlines the most severe active incident with its latest update and counts the others", () => {
    const widget = toWidgetView(view([incident("new-minor", "minor", 30), incident("old-critical", "critical", 0)], [maintenance]));
    expect(widget.headline).toEqual({
      kind: "incident",
      name: "Incident old-critical",
      href: "/incidents/old-critical",
      tone: "critical",
      status: "identified",
      text: "We are looking into it.",
      moreCount: 2,
    });
  });

  it("headlines the newest incident among equally severe ones", () => {
    expect(toWidgetView(view([incident("newer", "major", 30), incident("older", "major", 0)])).headline?.name).toBe("Incident newer");
  });

  it("headlines maintenance in progress when no incident is open", () => {
    expect(toWidgetView(view([], [maintenance])).headline).toEqual({
      kind: "maintenance",
      name: "Database upgrade",
      href: "/maintenance/m1",
      tone: "maintenance",
      status: "in_progress",
      text: "Upgrade started.",
      moreCount: 0,
    });
  });

  it("accepts only light or dark as a theme, else follows the viewer's setting", () => {
    expect(parseEmbedTheme("dark")).toBe("dark");
    expect(parseEmbedTheme("light")).toBe("light");
    expect(parseEmbedTheme("neon")).toBe("auto");
    expect(parseEmbedTheme(["dark", "light"])).toBe("auto");
    expect(parseEmbedTheme(undefined)).toBe("auto");
  });
});

describe("plainTextExcerpt", () => {
  it("drops markdown syntax and keeps the words", () => {
    expect(plainTextExcerpt("## Update\n\n- We **identified** the [cause](https://x.test) in `pgvector`.\n- [ ] Roll back")).toBe(
      "Update We identified the cause in pgvector. Roll back",
    );
  });

  it("shortens long text with an ellipsis", () => {
    const excerpt = plainTextExcerpt("word ".repeat(100), 40);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
