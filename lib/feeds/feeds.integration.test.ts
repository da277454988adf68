import ical, { type VEvent } from "node-ical";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAtom } from "@/app/history.atom/route";
import { GET as getRss } from "@/app/history.rss/route";
import { GET as getCalendar } from "@/app/maintenance.ics/route";
import { getPrisma, provideDatabase } from "@/lib/db/boot";
import { historyFromModel } from "@/lib/history/history-of-model";
import { maintenanceFromModel } from "@/lib/maintenance/public-views";
import { loadPublicModel } from "@/lib/public-model/load";
import { publicRefsOf } from "@/lib/public-model/refs";
import { DATABASE_KINDS, openDemoDatabase, openEmptyDatabase } from "@/lib/testing/databases";

const DEMO_INCIDENT = "Backend API and MCP server returning 502 errors";
const DEMO_MAINTENANCE = "Database migration to paid PostgreSQL plan";
const CACHE_UPGRADE = "Cache cluster upgrade";
const OLD_MAINTENANCE = "Load balancer replacement";
const DAY = 24 * 60 * 60 * 1000;

const request = (path: string, init: RequestInit = {}) => new Request(`http://localhost${path}`, init);

/** A completed maintenance on the Backend API: announced, started, an update without a status change, completed. */
async function addCompletedMaintenance(name: string, now: Date, daysAgo: number) {
  const prisma = await getPrisma();
  // Whole minutes: iCalendar times have no milliseconds.
  const start = new Date(Math.floor((now.getTime() - daysAgo * DAY) / 60_000) * 60_000);
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  const api = await prisma.component.findFirstOrThrow({ where: { slug: "backend-api" } });
  return prisma.scheduledMaintenance.create({
    data: {
      name,
      status: "completed",
      scheduledFor: start,
      scheduledUntil: at(120),
      startedAt: start,
      completedAt: at(90),
      createdAt: at(-2 * 24 * 60),
      components: { create: [{ componentId: api.id }] },
      updates: {
        create: [
          { status: "scheduled", body: "Planned upgrade.", displayAt: at(-2 * 24 * 60) },
          { status: "in_progress", body: "Started.", displayAt: at(0) },
          { status: "in_progress", body: "Half the nodes <b>done</b>.", displayAt: at(45) },
          { status: "completed", body: "All nodes upgraded.", displayAt: at(90) },
        ],
      },
    },
  });
}

describe.each(DATABASE_KINDS)("history feeds and the maintenance calendar on %s", (kind) => {
  const now = new Date();
  const parser = new Parser();
  let dispose: () => Promise<void>;
  let cacheUpgrade: { id: string; scheduledFor: Date; scheduledUntil: Date };
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    cacheUpgrade = await addCompletedMaintenance(CACHE_UPGRADE, now, 10);
    await addCompletedMaintenance(OLD_MAINTENANCE, now, 120);
  });
  afterAll(() => dispose());

  describe.each([
    ["Atom", "/history.atom", getAtom, "application/atom+xml; charset=utf-8"],
    ["RSS", "/history.rss", getRss, "application/rss+xml; charset=utf-8"],
  ] as const)("%s", (_format, path, get, contentType) => {
    it("lists every incident and maintenance newest first, titled and linked", async () => {
      const response = await get(request(path));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(contentType);
      const feed = await parser.parseString(await response.text());
      expect(feed.title).toBe("CapLiquify Status history");
      expect(feed.link).toBe("http://localhost:3000/");
      expect(feed.items.map((i) => i.title)).toEqual([DEMO_MAINTENANCE, DEMO_INCIDENT, CACHE_UPGRADE, OLD_MAINTENANCE]);
      expect(feed.items[1].link).toMatch(/^http:\/\/localhost:3000\/incidents\/[\w-]+$/);
      expect(feed.items[2].link).toBe(`http://localhost:3000/maintenance/${cacheUpgrade.id}`);
    });

    it("carries each entry's updates newest first with Statuspage's labels", async () => {
      const feed = await parser.parseString(await (await get(request(path))).text());
      const labels = (index: number) => {
        const content: string = feed.items[index].content ?? feed.items[index]["content:encoded"];
        return [...content.matchAll(/<br><strong>([^<]+)<\/strong> - /g)].map((m) => m[1]);
      };
      expect(labels(1)).toEqual(["Resolved", "Monitoring", "Update", "Update", "Identified", "Update", "Investigating"]);
      expect(labels(2)).toEqual(["Completed", "Update", "In progress", "Scheduled"]);
      expect(feed.items[2].content ?? feed.items[2]["content:encoded"]).toContain("Half the nodes &lt;b&gt;done&lt;/b&gt;.");
    });

    it("answers a matching If-None-Match with 304 and HEAD with headers only", async () => {
      const first = await get(request(path));
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^".+"$/);
      expect((await get(request(path))).headers.get("etag")).toBe(etag);
      expect((await get(request(path, { headers: { "if-none-match": etag } }))).status).toBe(304);
      const head = await get(request(path, { method: "HEAD" }));
      expect(head.status).toBe(200);
      expect(head.headers.get("etag")).toBe(etag);
      expect(head.headers.get("content-type")).toBe(contentType);
      expect(await head.text()).toBe("");
    });
  });

  describe("one component's or group's feeds (?component=)", () => {
    it("keeps what touches the component, titled after it; a group keeps its components'", async () => {
      const api = await parser.parseString(await (await getAtom(request("/history.atom?component=backend-api"))).text());
      expect(api.title).toBe("CapLiquify Status: Backend API status history");
      expect(api.items.map((i) => i.title)).toEqual([DEMO_MAINTENANCE, DEMO_INCIDENT, CACHE_UPGRADE, OLD_MAINTENANCE]);
      const integrations = await parser.parseString(await (await getRss(request("/history.rss?component=integrations"))).text());
      expect(integrations.title).toBe("CapLiquify Status: Integrations status history");
      expect(integrations.items.map((i) => i.title)).not.toContain(CACHE_UPGRADE);
      const frontendIcs = await (await getCalendar(request("/maintenance.ics?component=frontend"))).text();
      expect(frontendIcs).not.toContain(CACHE_UPGRADE);
      expect(await (await getCalendar(request("/maintenance.ics?component=backend-api"))).text()).toContain(CACHE_UPGRADE);
    });

    it.each([
      ["/history.atom", getAtom],
      ["/history.rss", getRss],
      ["/maintenance.ics", getCalendar],
    ] as const)("%s?component= naming nothing the page shows answers 404", async (path, get) => {
      const response = await get(request(`${path}?component=nope`));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("No component or group");
    });
  });

  it("the model read from the store gives each maintenance its page and completed ones their place in the history", async () => {
    const model = await loadPublicModel(now);
    const page = maintenanceFromModel(model, cacheUpgrade.id);
    expect(page).toMatchObject({ status: "completed", affectedComponents: ["Backend API"], announcement: { body: "Planned upgrade." } });
    expect(page?.updates.map((u) => u.body)).toEqual([
      "All nodes upgraded.",
      "Half the nodes <b>done</b>.",
      "Started.",
      "Planned upgrade.",
    ]);
    const history = historyFromModel(model, 1);
    expect(history?.maintenanceCount).toBe(2);
    expect(history?.entries.map((e) => [e.kind, e.name])).toEqual([
      ["incident", DEMO_INCIDENT],
      ["maintenance", CACHE_UPGRADE],
      ["maintenance", OLD_MAINTENANCE],
    ]);
    expect(publicRefsOf(model).maintenances.size).toBe(3);
  });

  describe("the maintenance calendar", () => {
    it("has upcoming maintenance and the last 90 days of completed, with stable UIDs and their windows", async () => {
      const response = await getCalendar(request("/maintenance.ics"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const ics = await response.text();
      const events = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
      expect(events.map((e) => e.summary)).toEqual([CACHE_UPGRADE, DEMO_MAINTENANCE]);
      const upgrade = events[0];
      expect(upgrade.uid).toBe(`${cacheUpgrade.id}@localhost`);
      expect(upgrade.start.toISOString()).toBe(cacheUpgrade.scheduledFor.toISOString());
      expect(upgrade.end?.toISOString()).toBe(cacheUpgrade.scheduledUntil.toISOString());
      expect(upgrade.description).toBe(
        "Status: Completed\nAffected components: Backend API\n\nPlanned upgrade.\n\nLatest update (Completed): All nodes upgraded.",
      );
      expect(upgrade.url).toMatchObject({ val: `http://localhost:3000/maintenance/${cacheUpgrade.id}` });
      expect(ics).toContain("X-WR-CALNAME:CapLiquify Status");
    });

    it("answers a matching If-None-Match with 304 and HEAD with headers only", async () => {
      const etag = (await getCalendar(request("/maintenance.ics"))).headers.get("etag")!;
      expect((await getCalendar(request("/maintenance.ics", { headers: { "if-none-match": etag } }))).status).toBe(304);
      const head = await getCalendar(request("/maintenance.ics", { method: "HEAD" }));
      expect(head.headers.get("etag")).toBe(etag);
      expect(await head.text()).toBe("");
    });
  });
});

describe.each(DATABASE_KINDS)("feeds with the store unavailable on %s", (kind) => {
  let dispose: () => Promise<void>;
  // A database without Beacon's tables: every read fails as a broken store would.
  beforeAll(async () => {
    const opened = await openEmptyDatabase(kind);
    provideDatabase(opened.db);
    dispose = opened.dispose;
  });
  afterAll(() => dispose());

  it.each([
    ["/history.atom", getAtom],
    ["/history.rss", getRss],
    ["/maintenance.ics", getCalendar],
  ] as const)("%s answers 503 with a short message and logs the error under a reference", async (path, get) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await get(request(path));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await response.text();
    const reference = text.match(/reference ([\w-]+)/)?.[1];
    expect(text).toMatch(/^The status store is unavailable; try again shortly/);
    expect(text).not.toMatch(/prisma|relation|table|does not exist/i);
    expect(String(log.mock.calls[0]?.[0])).toContain(reference);
    log.mockRestore();
  });
});
