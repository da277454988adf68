import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { type ComponentView, getStatusPage } from "./queries";

const now = new Date("2026-11-24T12:00:00Z");
const INCIDENT = "Backend API and MCP server returning 502 errors";

describe.each(DATABASE_KINDS)("the status page data on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  const allComponents = (view: Awaited<ReturnType<typeof getStatusPage>>): ComponentView[] =>
    view.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component]));

  it("says all systems are operational once the demo incident is resolved", async () => {
    const view = await getStatusPage(now);
    expect(view.overall).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(view.activeIncidents).toEqual([]);
  });

  it("orders groups and their components by position", async () => {
    const view = await getStatusPage(now);
    expect(view.sections.map((s) => (s.kind === "group" ? s.name : s.component.name))).toEqual(["Core services", "Integrations"]);
    expect(allComponents(view).map((c) => c.name)).toEqual([
      "Backend API",
      "MCP Server",
      "Frontend",
      "Real-time updates (SSE)",
      "Xero",
      "Shopify",
      "Amazon",
      "Unleashed",
    ]);
  });

  it("computes 90 days of uptime from the status history, the outage day critical with its incident", async () => {
    const backend = allComponents(await getStatusPage(now)).find((c) => c.name === "Backend API")!;
    expect(backend.days).toHaveLength(90);
    const outage = backend.days.filter((d) => d.level === "critical");
    expect(outage).toHaveLength(1);
    expect(outage[0].majorMinutes).toBeCloseTo(33);
    expect(outage[0].incidents.map((i) => i.name)).toEqual([INCIDENT]);
    expect(backend.uptimePercent).toBeGreaterThan(99.9);
  });

  it("lists the demo incident among the past 14 days and the maintenance as upcoming", async () => {
    const view = await getStatusPage(now);
    expect(view.pastDays).toHaveLength(14);
    expect(view.pastDays.flatMap((d) => d.incidents.map((i) => i.name))).toEqual([INCIDENT]);
    expect(view.upcomingMaintenances.map((m) => m.name)).toEqual(["Database migration to paid PostgreSQL plan"]);
  });

  it("turns an unresolved critical incident into a major outage banner", async () => {
    const prisma = await getPrisma();
    const open = await prisma.incident.create({
      data: { name: "Checkout failing", status: "investigating", impact: "critical", startedAt: new Date(now.getTime() - 60_000) },
    });
    try {
      const view = await getStatusPage(now);
      expect(view.overall).toEqual({ indicator: "critical", description: "Major Service Outage" });
      expect(view.activeIncidents.map((i) => i.name)).toEqual(["Checkout failing"]);
    } finally {
      await prisma.incident.delete({ where: { id: open.id } });
    }
  });
});
