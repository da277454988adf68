import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

const INCIDENT = "Backend API and MCP server returning 502 errors";
const call = (path: string) => get(V2_ROUTES.find((route) => route.path === path)!);
const getStatus = () => call("/api/v2/status.json");
const getComponents = () => call("/api/v2/components.json");
const getIncidents = () => call("/api/v2/incidents.json");
const getUnresolved = () => call("/api/v2/incidents/unresolved.json");
const getSummary = () => call("/api/v2/summary.json");

async function read(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return response.json();
}

describe.each(DATABASE_KINDS)("the Statuspage v2 API on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, new Date())));
  afterAll(() => dispose());

  it("status.json says all systems are operational", async () => {
    const body = await read(await getStatus());
    expect(body.status).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(Object.keys(body.page).sort()).toEqual(["id", "name", "time_zone", "updated_at", "url"]);
  });

  it("components.json lists the 8 components and 2 groups", async () => {
    const { components } = await read(await getComponents());
    expect(components).toHaveLength(10);
    const groups = components.filter((c: { group: boolean }) => c.group);
    expect(groups.map((g: { name: string }) => g.name)).toEqual(["Core services", "Integrations"]);
    expect(groups.flatMap((g: { components: string[] }) => g.components)).toHaveLength(8);
    for (const c of components.filter((c: { group: boolean }) => !c.group)) {
      expect(c.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c).toMatchObject({ status: "operational", showcase: true, page_id: expect.any(String) });
    }
  });

  it("incidents.json has the demo incident with 7 updates, newest first", async () => {
    const { incidents } = await read(await getIncidents());
    const demo = incidents.find((i: { name: string }) => i.name === INCIDENT);
    expect(demo).toMatchObject({ impact: "critical", status: expect.stringMatching(/resolved|postmortem/) });
    expect(demo.shortlink).toMatch(new RegExp(`/incidents/${demo.id}$`));
    const shown = demo.incident_updates.map((u: { display_at: string }) => Date.parse(u.display_at));
    expect(shown).toHaveLength(7);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(demo.components.length).toBeGreaterThan(0);
  });

  it("incidents/unresolved.json is empty once the demo incident is resolved", async () => {
    expect((await read(await getUnresolved())).incidents).toEqual([]);
  });

  it("summary.json carries every part, with the maintenance upcoming", async () => {
    const body = await read(await getSummary());
    expect(Object.keys(body)).toEqual(["page", "components", "incidents", "scheduled_maintenances", "status"]);
    expect(body.incidents).toEqual([]);
    expect(body.status.indicator).toBe("none");
    expect(body.scheduled_maintenances.map((m: { name: string }) => m.name)).toEqual(["Database migration to paid PostgreSQL plan"]);
  });
});
