import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createIncident } from "./create";
import { type AdminIncidentFilter, listIncidentsForAdmin } from "./list-for-admin";
import { recordPastIncident } from "./record-past";

const now = new Date("2026-11-24T12:00:00Z");
const ctx = { actor: { type: "user", id: null, label: "alice@example.com" } satisfies Actor, now };
const DEMO = "Backend API and MCP server returning 502 errors";

describe.each(DATABASE_KINDS)("the admin incident list on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const frontend = (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "frontend" } })).id;
    await createIncident(ctx, { name: "Login page slow", impact: "minor", message: "Looking.", deliverNotifications: false });
    await recordPastIncident(ctx, {
      name: "Old frontend outage",
      impact: "critical",
      componentIds: [frontend],
      updates: [
        { status: "investigating", message: "Down.", displayAt: "2026-10-01T10:00:00Z" },
        { status: "resolved", message: "Up.", displayAt: "2026-10-01T11:00:00Z" },
      ],
    });
  });
  afterAll(() => dispose());

  const names = async (filter: Partial<AdminIncidentFilter>) =>
    (await listIncidentsForAdmin({ state: "all", page: 1, ...filter }, "Europe/London")).incidents.map((i) => i.name);

  it("lists open, resolved or all incidents, newest first, resolved ones included", async () => {
    expect(await names({ state: "open" })).toEqual(["Login page slow"]);
    expect(await names({ state: "resolved" })).toEqual(expect.arrayContaining([DEMO, "Old frontend outage"]));
    expect(await names({ state: "resolved" })).not.toContain("Login page slow");
    expect((await names({})).at(0)).toBe("Login page slow");
  });

  it("searches by name, whatever the case, and filters by component, impact and start day", async () => {
    expect(await names({ search: "FRONTEND" })).toEqual(["Old frontend outage"]);
    const frontend = (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "frontend" } })).id;
    expect(await names({ componentId: frontend })).toContain("Old frontend outage");
    expect(await names({ componentId: frontend })).not.toContain("Login page slow");
    expect(await names({ impact: "minor" })).toEqual(["Login page slow"]);
    expect(await names({ from: "2026-10-01", to: "2026-10-01" })).toEqual(["Old frontend outage"]);
    expect(await names({ from: "2026-10-02", to: "2026-10-31" })).toEqual([]);
  });

  it("pages through with the page number kept within range", async () => {
    const list = await listIncidentsForAdmin({ state: "all", page: 99 }, "UTC");
    expect(list.page).toBe(list.pageCount);
    expect(list.total).toBeGreaterThanOrEqual(3);
  });
});
