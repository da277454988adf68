import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as uptimeBadge, HEAD as uptimeHead } from "@/app/badge/[ref]/[file]/route";
import { GET as pageSvg } from "@/app/badge.svg/route";
import { getPrisma, provideDatabase } from "@/lib/db/boot";
import { getPageSettings } from "@/lib/page/queries";
import { getStatusPage, UPTIME_DAYS } from "@/lib/status/queries";
import { computeDailyUptime, summarizeUptime } from "@/lib/status/uptime";
import { DATABASE_KINDS, openDemoDatabase, openEmptyDatabase } from "@/lib/testing/databases";
import { readSvg } from "@/lib/testing/read-svg";
import { calendarDays } from "@/lib/time/days";
import { BADGE_COLOR } from "./badge-palette";
import { UPTIME_DAYS_MAX } from "./badge-query";
import { SHIELDS_ENDPOINT_KEYS } from "./shields-endpoint";
import { formatUptime } from "./uptime-face";

const uptime = (ref: string, file: string, query = "", init?: RequestInit) =>
  uptimeBadge(new Request(`http://beacon.test/badge/${ref}/${file}${query}`, init), { params: Promise.resolve({ ref, file }) });
const titleOf = async (response: Response) => (await readSvg(await response.text())).title;

describe.each(DATABASE_KINDS)("uptime badges on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, new Date())));
  afterAll(() => dispose());

  /** The uptime lib/status computes from the component's whole history, independently of the badge's path. */
  async function expectedUptime(slug: string, days: number): Promise<string> {
    const prisma = await getPrisma();
    const component = await prisma.component.findUniqueOrThrow({ where: { slug }, include: { statusChanges: true } });
    const { timeZone } = await getPageSettings();
    const now = new Date();
    const daily = computeDailyUptime({
      changes: component.statusChanges,
      startDate: component.startDate,
      now,
      calendar: calendarDays(now, days, timeZone),
    });
    return formatUptime(summarizeUptime(daily)!);
  }

  it("offers the same window as the page's uptime bar", () => {
    expect(UPTIME_DAYS_MAX).toBe(UPTIME_DAYS);
  });

  it("shows the backend's 30-day uptime, dented by the demo outage, as lib/status computes it", async () => {
    const expected = await expectedUptime("backend-api", 30);
    expect(expected).not.toBe("100%");
    const response = await uptime("backend-api", "uptime.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const svg = await readSvg(await response.text());
    expect(svg.title).toBe(`Backend API uptime (30d): ${expected}`);
    expect(svg.fills).toContain(BADGE_COLOR.operational);
  });

  it("over 90 days shows exactly the figure the public page shows", async () => {
    const backend = (await getStatusPage()).sections
      .flatMap((s) => (s.kind === "group" ? s.components : [s.component]))
      .find((c) => c.name === "Backend API")!;
    expect(await titleOf(await uptime("backend-api", "uptime.svg", "?days=90"))).toBe(
      `Backend API uptime (90d): ${formatUptime(backend.uptimePercent!)}`,
    );
    expect(formatUptime(backend.uptimePercent!)).toBe(await expectedUptime("backend-api", 90));
  });

  it("a one-day window after the outage is a clean 100%, and the label can be overridden", async () => {
    expect(await titleOf(await uptime("backend-api", "uptime.svg", "?days=1&label=API"))).toBe("API: 100%");
  });

  it("finds the component by id too, and answers HEAD and 304", async () => {
    const { id } = await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "backend-api" } });
    const first = await uptime(id, "uptime.svg");
    const etag = first.headers.get("etag")!;
    expect(await titleOf(first)).toMatch(/^Backend API uptime \(30d\): /);
    expect((await uptime(id, "uptime.svg", "", { headers: { "if-none-match": etag } })).status).toBe(304);
    const head = await uptimeHead(new Request(`http://beacon.test/badge/${id}/uptime.svg`, { method: "HEAD" }), {
      params: Promise.resolve({ ref: id, file: "uptime.svg" }),
    });
    expect([head.status, head.headers.get("etag"), await head.text()]).toEqual([200, etag, ""]);
  });

  it("a component with nothing observed yet is a grey 'no data'", async () => {
    const prisma = await getPrisma();
    const fresh = await prisma.component.create({
      data: { slug: "launching-soon", name: "Launching soon", startDate: new Date(Date.now() + 86_400_000) },
    });
    try {
      const svg = await readSvg(await (await uptime("launching-soon", "uptime.svg")).text());
      expect(svg.title).toBe("Launching soon uptime (30d): no data");
      expect(svg.fills).toContain(BADGE_COLOR.neutral);
    } finally {
      await prisma.component.delete({ where: { id: fresh.id } });
    }
  });

  it("days outside 1–90 is a 400 badge naming the field", async () => {
    for (const days of ["0", "91", "abc"]) {
      const response = await uptime("backend-api", "uptime.svg", `?days=${days}`);
      expect(response.status).toBe(400);
      expect(await titleOf(response)).toBe("uptime: invalid days");
    }
  });

  it("an unknown component, a group, or another file name is a grey 404 badge", async () => {
    for (const [ref, file] of [
      ["nope", "uptime.svg"],
      ["core-services", "uptime.svg"],
      ["backend-api", "downtime.svg"],
    ]) {
      const response = await uptime(ref, file);
      expect(response.status).toBe(404);
      expect(await titleOf(response)).toBe("uptime: unknown");
    }
  });

  it("uptime.json is shields' endpoint JSON with the same figure", async () => {
    const response = await uptime("backend-api", "uptime.json", "?days=30");
    expect(response.status).toBe(200);
    const body = await response.json();
    for (const key of Object.keys(body)) expect(SHIELDS_ENDPOINT_KEYS).toContain(key);
    expect(body).toMatchObject({ schemaVersion: 1, label: "Backend API uptime (30d)", message: await expectedUptime("backend-api", 30) });
  });
});

describe("badges when the store is unavailable", () => {
  it("answer a grey 'unavailable' badge with 503, uncached, logging a reference and leaking nothing", async () => {
    const { db } = await openEmptyDatabase("pglite");
    provideDatabase(db);
    await db.close();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await pageSvg(new Request("http://beacon.test/badge.svg"));
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.text();
      expect((await readSvg(body)).title).toBe("status: unavailable");
      expect(body).not.toMatch(/closed|pglite|error/i);
      // One short line per failure, no stack trace.
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[beacon\] badge store error [0-9a-f-]{36}: [^\n]+$/));
      const json = await uptime("backend-api", "uptime.json");
      expect([json.status, (await json.json()).message]).toEqual([503, "unavailable"]);
    } finally {
      logged.mockRestore();
    }
  });
});
