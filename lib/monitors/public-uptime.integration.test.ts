import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getResponseTimes } from "@/app/api/v2/components/[id]/response-times.json/route";
import { GET as getResponseTimeBadge } from "@/app/badge/[ref]/response-time.json/route";
import { GET as getResponseTimeSvg } from "@/app/badge/[ref]/response-time.svg/route";
import { createComponent } from "@/lib/components/create";
import { getPrisma } from "@/lib/db/boot";
import { type ComponentView, getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createMonitor } from "./create";

// A scripted few days of checks on a new component, read back through the public page and the response-time route.

const HOUR = 3_600_000;
const now = new Date("2026-11-24T12:30:00Z");
const system = { type: "system" as const, id: null, label: "test" };

type Rollup = { granularity: "hour" | "day"; periodStart: string | Date; checks: number; failures: number; p50Ms?: number; p95Ms?: number };

describe.each(DATABASE_KINDS)("uptime and response times from monitor rollups on %s", (kind) => {
  let dispose: () => Promise<void>;
  let componentId: string;

  async function addMonitor(name: string) {
    const created = await createMonitor(system, { componentId, name, kind: "http", url: "https://billing.example.com/health" }, now);
    if (!created.ok) throw new Error(created.error.message);
    return created.data.monitor.id;
  }
  async function addRollups(monitorId: string, rollups: Rollup[]) {
    await (await getPrisma()).monitorRollup.createMany({
      data: rollups.map((r) => ({ monitorId, ...r, periodStart: new Date(r.periodStart), p50Ms: r.p50Ms ?? null, p95Ms: r.p95Ms ?? null })),
    });
  }
  const componentOnPage = async (at = now): Promise<ComponentView> =>
    (await getStatusPage(at)).sections
      .flatMap((s) => (s.kind === "group" ? s.components : [s.component]))
      .find((c) => c.id === componentId)!;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const created = await createComponent(system, { name: "Billing", startDate: "2026-11-20T00:00:00Z" });
    if (!created.ok) throw new Error(created.error.message);
    componentId = created.data.id;
    const first = await addMonitor("Billing health");
    await addRollups(first, [
      { granularity: "day", periodStart: "2026-11-21T00:00:00Z", checks: 2880, failures: 0 },
      { granularity: "day", periodStart: "2026-11-22T00:00:00Z", checks: 2880, failures: 288 },
      { granularity: "day", periodStart: "2026-11-23T00:00:00Z", checks: 2880, failures: 144 },
      { granularity: "day", periodStart: "2026-11-24T00:00:00Z", checks: 1500, failures: 0 },
      // 24 h: 23 whole hours before 12:00 (one with 12 failures), an older hour outside, and the partial current hour.
      ...Array.from(
        { length: 23 },
        (_, i): Rollup => ({
          granularity: "hour",
          periodStart: new Date(Date.parse("2026-11-23T13:00:00Z") + i * HOUR),
          checks: 120,
          failures: i === 5 ? 12 : 0,
        }),
      ),
      { granularity: "hour", periodStart: "2026-11-23T12:00:00Z", checks: 120, failures: 120 },
      { granularity: "hour", periodStart: "2026-11-24T12:00:00Z", checks: 50, failures: 50 },
    ]);
    // This hour's raw checks: 60 at 30 s, 3 failed; a deploy signal is not a check.
    await (await getPrisma()).monitorCheck.createMany({
      data: [
        ...Array.from({ length: 60 }, (_, i) => ({
          monitorId: first,
          dueAt: new Date(Date.parse("2026-11-24T12:00:00Z") + i * 30_000),
          startedAt: new Date(Date.parse("2026-11-24T12:00:00Z") + i * 30_000),
          ok: i >= 3,
          responseTimeMs: 100,
        })),
        { monitorId: first, dueAt: now, startedAt: new Date(now.getTime() - 1000), ok: true, note: "deploying" },
      ],
    });
  });
  afterAll(() => dispose());

  it("each day's bar is the share of that day's checks that passed; days without checks keep the status history", async () => {
    const days = (await componentOnPage()).days.slice(-5);
    expect(days.map((d) => [d.key, d.uptimePercent])).toEqual([
      ["2026-11-20", 100],
      ["2026-11-21", 100],
      ["2026-11-22", 90],
      ["2026-11-23", 95],
      ["2026-11-24", 100],
    ]);
    expect(days.map((d) => d.level)).toEqual(["operational", "operational", "critical", "critical", "operational"]);
  });

  it("24 h uptime sums the 23 whole hours' rollups and this hour's raw checks, never the partial hour's rollup", async () => {
    const component = await componentOnPage();
    expect(component.hasMonitors).toBe(true);
    // 23 × 120 + 60 checks, 12 + 3 failed.
    expect(component.uptimeWindows["24h"]).toBeCloseTo(((2820 - 15) / 2820) * 100, 10);
  });

  it("7, 30 and 90 days weigh each day by its observed time (the component exists from Nov 20)", async () => {
    const { uptimeWindows, uptimePercent } = await componentOnPage();
    // Observed: 4 whole days + 750 minutes today; down: 10% and 5% of a day = 144 + 72 minutes.
    const expected = ((6510 - 216) / 6510) * 100;
    expect(uptimeWindows["7d"]).toBeCloseTo(expected, 10);
    expect(uptimeWindows["30d"]).toBeCloseTo(expected, 10);
    expect(uptimeWindows["90d"]).toBeCloseTo(expected, 10);
    expect(uptimePercent).toBeCloseTo(expected, 10);
  });

  it("components without monitors keep the status-history maths", async () => {
    const page = await getStatusPage(now);
    const frontend = page.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).find((c) => c.name === "Frontend")!;
    expect(frontend.hasMonitors).toBe(false);
    expect(frontend.uptimeWindows["90d"]).toBe(frontend.uptimePercent);
  });

  describe("the response-time route", () => {
    const realNow = new Date();
    const thisHour = new Date(Math.floor(realNow.getTime() / HOUR) * HOUR);
    const request = (ref: string, query = "", headers: Record<string, string> = {}) =>
      getResponseTimes(new Request(`http://localhost/api/v2/components/${ref}/response-times.json${query}`, { headers }), {
        params: Promise.resolve({ id: ref }),
      });

    // Its own component, with rollups at the real clock's hours (the route reads the current time).
    beforeAll(async () => {
      const created = await createComponent(system, { name: "Payments" });
      if (!created.ok) throw new Error(created.error.message);
      componentId = created.data.id;
      const lastHour = new Date(thisHour.getTime() - HOUR);
      await addRollups(await addMonitor("Payments API"), [
        { granularity: "hour", periodStart: lastHour, checks: 120, failures: 0, p50Ms: 120, p95Ms: 300 },
      ]);
      await addRollups(await addMonitor("Payments webhook"), [
        { granularity: "hour", periodStart: lastHour, checks: 40, failures: 4, p50Ms: 200, p95Ms: 400 },
      ]);
    });

    it("answers 24 hourly points, oldest first, with p50/p95 weighted by each monitor's checks", async () => {
      const response = await request(componentId, "?range=24h");
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = await response.json();
      expect(body).toMatchObject({ component: { id: componentId, name: "Payments" }, range: "24h", granularity: "hour", monitored: true });
      expect(body.points).toHaveLength(24);
      expect(body.points.at(-1).start).toBe(thisHour.toISOString());
      expect(body.points.at(-2)).toEqual({
        start: new Date(thisHour.getTime() - HOUR).toISOString(),
        p50Ms: 140,
        p95Ms: 325,
        checks: 160,
        failures: 4,
      });
      expect(body.points[0]).toMatchObject({ p50Ms: null, p95Ms: null });
    });

    it("defaults to 24 h, takes 7d (168 hours) and 30d (30 days), and finds the component by slug", async () => {
      expect((await (await request(componentId)).json()).range).toBe("24h");
      expect((await (await request("payments", "?range=7d")).json()).points).toHaveLength(168);
      const month = await (await request(componentId, "?range=30d")).json();
      expect(month).toMatchObject({ granularity: "day" });
      expect(month.points).toHaveLength(30);
    });

    it("an unknown range is 422 naming range; an unknown component is 404", async () => {
      const invalid = await request(componentId, "?range=1y");
      expect(invalid.status).toBe(422);
      expect((await invalid.json()).error).toMatchObject({ code: "validation", fields: { range: ["range must be 24h, 7d or 30d"] } });
      const missing = await request("no-such-component");
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe("not_found");
    });

    it("carries an ETag and answers 304 when the client already has the document", async () => {
      const first = await request(componentId, "?range=24h");
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^".+"$/);
      expect(first.headers.get("cache-control")).toContain("public");
      const again = await request(componentId, "?range=24h", { "if-none-match": etag! });
      expect(again.status).toBe(304);
    });

    it("the response-time badge shows the 24 h median in green, and 404 'unknown' for no such component", async () => {
      const badge = (ref: string) => new Request(`http://localhost/badge/${ref}/response-time.json`);
      const known = await getResponseTimeBadge(badge("payments"), { params: Promise.resolve({ ref: "payments" }) });
      expect(known.status).toBe(200);
      expect(await known.json()).toMatchObject({ schemaVersion: 1, label: "Payments response time", message: "140 ms", color: "#047857" });
      const svg = await getResponseTimeSvg(badge("payments"), { params: Promise.resolve({ ref: "payments" }) });
      expect(svg.headers.get("content-type")).toContain("image/svg+xml");
      expect(await svg.text()).toContain("140 ms");
      const unknown = await getResponseTimeBadge(badge("nope"), { params: Promise.resolve({ ref: "nope" }) });
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).message).toBe("unknown");
    });
  });
});
