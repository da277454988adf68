import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import type { Actor } from "@/lib/audit/actor";
import { createComponent } from "@/lib/components/create";
import { updateComponent } from "@/lib/components/update";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { addMaintenanceUpdate } from "@/lib/maintenance/add-update";
import { createMaintenance } from "@/lib/maintenance/create";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createContractValidator } from "@/lib/testing/statuspage-contract";

const alice: Actor = { type: "user", id: null, label: "alice@example.com" };
const MINUTE = 60_000;
const errorsOf = createContractValidator();

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

type Json = any; // the documents are checked against their schemas; the tests read them loosely
async function document(path: string): Promise<Json> {
  const response = await get(V2_ROUTES.find((r) => r.path === path)!);
  expect(response.status).toBe(200);
  return response.json();
}
const names = (list: { name: string }[]) => list.map((entry) => entry.name);

async function schedule(name: string, fromMinutes: number, untilMinutes: number, componentIds: string[], statuses: string[]) {
  const at = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();
  const { maintenance } = dataOf(
    await createMaintenance(
      { actor: alice },
      {
        name,
        message: `${name} is planned.`,
        scheduledFor: at(fromMinutes),
        scheduledUntil: at(untilMinutes),
        componentIds,
        noComponents: componentIds.length === 0,
      },
    ),
  );
  for (const status of statuses)
    dataOf(await addMaintenanceUpdate({ actor: alice }, maintenance.id, { status, message: `${name}: ${status}.` }));
}

// The demo (resolved incident with component changes, groups, upcoming maintenance) plus every other shape a client meets.
describe.each(DATABASE_KINDS)("the Statuspage v2 contract on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    const prisma = await getPrisma();
    const widget = dataOf(await createComponent(alice, { name: "Status widget" }));
    dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Widget loads slowly",
          impact: "minor",
          message: "We are looking into slow widget loads.",
          componentStatuses: [{ componentId: widget.id, status: "degraded_performance" }],
        },
      ),
    );
    const frontend = (await prisma.component.findUniqueOrThrow({ where: { slug: "frontend" } })).id;
    await schedule("CDN switch", -10, 60, [frontend], ["in_progress"]);
    await schedule("Cache warm-up", -20, 90, [], ["in_progress", "verifying"]);
    await schedule("Old certificate renewal", -180, -120, [], ["in_progress", "completed"]);
  });
  afterAll(() => dispose());

  for (const route of V2_ROUTES) {
    it(`${route.path} matches its JSON Schema`, async () => {
      expect(errorsOf(route.schema, await document(route.path))).toEqual([]);
    });
  }

  it("covers every shape: groups, a component without group or description, updates with and without component changes", async () => {
    const { components } = await document("/api/v2/components.json");
    expect(components.filter((c: Json) => c.group)).toHaveLength(2);
    expect(components.find((c: Json) => c.name === "Status widget")).toMatchObject({
      group_id: null,
      description: null,
      status: "degraded_performance",
    });
    const updates = (await document("/api/v2/incidents.json")).incidents.flatMap((i: Json) => i.incident_updates);
    expect(updates.some((u: Json) => u.affected_components === null)).toBe(true);
    expect(updates.some((u: Json) => Array.isArray(u.affected_components) && u.affected_components.length > 0)).toBe(true);
  });

  it("incidents/unresolved.json and summary.json list the open incident, and the status reflects it", async () => {
    expect(names((await document("/api/v2/incidents/unresolved.json")).incidents)).toEqual(["Widget loads slowly"]);
    const summary = await document("/api/v2/summary.json");
    expect(names(summary.incidents)).toEqual(["Widget loads slowly"]);
    expect(summary.incidents[0].components.map((c: Json) => c.name)).toEqual(["Status widget"]);
    expect(summary.status).toEqual({ indicator: "minor", description: "Minor Service Outage" });
  });

  it("scheduled-maintenances.json lists every maintenance, the completed one too, latest scheduled start first", async () => {
    const list = (await document("/api/v2/scheduled-maintenances.json")).scheduled_maintenances;
    expect(names(list)).toEqual(["Database migration to paid PostgreSQL plan", "CDN switch", "Cache warm-up", "Old certificate renewal"]);
    expect(list.at(-1)).toMatchObject({ status: "completed", impact: "maintenance", resolved_at: expect.any(String) });
  });

  it("upcoming.json lists only scheduled maintenance and active.json only in-progress or verifying maintenance", async () => {
    const upcoming = (await document("/api/v2/scheduled-maintenances/upcoming.json")).scheduled_maintenances;
    expect(upcoming.map((m: Json) => [m.name, m.status])).toEqual([["Database migration to paid PostgreSQL plan", "scheduled"]]);
    const active = (await document("/api/v2/scheduled-maintenances/active.json")).scheduled_maintenances;
    expect(active.map((m: Json) => [m.name, m.status])).toEqual([
      ["Cache warm-up", "verifying"],
      ["CDN switch", "in_progress"],
    ]);
    expect(active[1].components.map((c: Json) => c.status)).toEqual(["under_maintenance"]);
  });

  it("summary.json lists active and upcoming maintenance, never completed", async () => {
    expect(names((await document("/api/v2/summary.json")).scheduled_maintenances)).toEqual([
      "Cache warm-up",
      "CDN switch",
      "Database migration to paid PostgreSQL plan",
    ]);
  });

  it("page.updated_at is the latest change of anything shown", async () => {
    const stamps: string[] = [];
    const collect = (node: Json) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) key === "updated_at" ? stamps.push(value as string) : collect(value);
    };
    const summary = await document("/api/v2/summary.json");
    for (const path of ["/api/v2/components.json", "/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json"])
      collect(await document(path));
    const latest = Math.max(...stamps.map(Date.parse));
    expect(Date.parse(summary.page.updated_at)).toBeGreaterThanOrEqual(latest);
    expect(Date.parse(summary.page.updated_at)).toBeLessThanOrEqual(Date.now());
  });

  it("page.updated_at moves forward when a component is hidden, though it leaves the page", async () => {
    const before = (await document("/api/v2/status.json")).page.updated_at;
    const widget = (await (await getPrisma()).component.findFirstOrThrow({ where: { name: "Status widget" } })).id;
    await new Promise((resolve) => setTimeout(resolve, 5));
    dataOf(await updateComponent(alice, widget, { showcase: false }));
    const after = (await document("/api/v2/status.json")).page.updated_at;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
    expect(names((await document("/api/v2/components.json")).components)).not.toContain("Status widget");
  });
});
