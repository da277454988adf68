import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as refBadge } from "@/app/badge/[ref]/route";
import { GET as pageJson } from "@/app/badge.json/route";
import { HEAD as pageHead, GET as pageSvg } from "@/app/badge.svg/route";
import { getPrisma } from "@/lib/db/boot";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { readSvg } from "@/lib/testing/read-svg";
import { listBadgeEmbeds } from "./admin-embeds";
import { BADGE_COLOR, LABEL_COLOR } from "./badge-palette";
import { SHIELDS_ENDPOINT_KEYS } from "./shields-endpoint";

const request = (path: string, init?: RequestInit) => new Request(`http://beacon.test${path}`, init);
const ref = (path: string, value: string, init?: RequestInit) => refBadge(request(path, init), { params: Promise.resolve({ ref: value }) });

function expectEmbeddableSvg(response: Response, status = 200) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
}

describe.each(DATABASE_KINDS)("status badges on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, new Date())));
  afterAll(() => dispose());

  const withStatus = async (slug: string, status: "partial_outage", work: () => Promise<void>) => {
    const prisma = await getPrisma();
    await prisma.component.update({ where: { slug }, data: { status } });
    try {
      await work();
    } finally {
      await prisma.component.update({ where: { slug }, data: { status: "operational" } });
    }
  };

  it("/badge.svg says the page is operational in green, cacheable for at most a minute and served stale on errors", async () => {
    const response = await pageSvg(request("/badge.svg"));
    expectEmbeddableSvg(response);
    const cacheControl = response.headers.get("cache-control")!;
    expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1])).toBeLessThanOrEqual(60);
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    expect(cacheControl).toMatch(/stale-if-error=\d+/);
    const svg = await readSvg(await response.text());
    expect(svg.title).toBe("status: operational");
    expect(svg.fills).toContain(BADGE_COLOR.operational);
  });

  it("/badge.svg takes a label, a style and the dark theme", async () => {
    const plain = await (await pageSvg(request("/badge.svg"))).text();
    const styled = await (await pageSvg(request("/badge.svg?label=CapLiquify&style=for-the-badge&theme=dark"))).text();
    const svg = await readSvg(styled);
    expect(svg.title).toBe("CAPLIQUIFY: OPERATIONAL");
    expect(svg.fills).toContain(LABEL_COLOR.dark);
    expect(styled).not.toBe(plain);
  });

  it("an invalid query value is still a badge, 400, naming the field", async () => {
    const response = await pageSvg(request("/badge.svg?style=rounded"));
    expectEmbeddableSvg(response, 400);
    const svg = await readSvg(await response.text());
    expect(svg.title).toBe("status: invalid style");
    expect(svg.fills).toContain(BADGE_COLOR.neutral);
  });

  it("answers 304 to a client holding the same badge, and HEAD with the headers alone", async () => {
    const first = await pageSvg(request("/badge.svg"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await pageSvg(request("/badge.svg", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const head = await pageHead(request("/badge.svg", { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(Number(head.headers.get("content-length"))).toBe((await first.arrayBuffer()).byteLength);
    expect(await head.text()).toBe("");
  });

  it("a component badge is found by slug and by id, labelled with the component's name", async () => {
    const prisma = await getPrisma();
    const sse = await prisma.component.findUniqueOrThrow({ where: { slug: "real-time-updates" } });
    const bySlug = await ref("/badge/real-time-updates.svg", "real-time-updates.svg");
    const byId = await ref(`/badge/${sse.id}.svg`, `${sse.id}.svg`);
    expectEmbeddableSvg(bySlug);
    const body = await bySlug.text();
    expect(await byId.text()).toBe(body);
    expect((await readSvg(body)).title).toBe("Real-time updates (SSE): operational");
  });

  it("a component's badge follows its status, and so does the page's, through the status engine", async () => {
    await withStatus("xero", "partial_outage", async () => {
      const component = await readSvg(await (await ref("/badge/xero.svg", "xero.svg")).text());
      expect(component.title).toBe("Xero: partial outage");
      expect(component.fills).toContain(BADGE_COLOR.partial_outage);
      expect((await readSvg(await (await pageSvg(request("/badge.svg"))).text())).title).toBe("status: partial outage");
    });
  });

  it("a group's badge, by id or by its name's slug, shows its worst component", async () => {
    const prisma = await getPrisma();
    const group = await prisma.componentGroup.findFirstOrThrow({ where: { name: "Integrations" } });
    await withStatus("shopify", "partial_outage", async () => {
      for (const file of [`${group.id}.svg`, "integrations.svg"]) {
        const svg = await readSvg(await (await ref(`/badge/${file}`, file)).text());
        expect(svg.title).toBe("Integrations: partial outage");
      }
      const core = await readSvg(await (await ref("/badge/core-services.svg", "core-services.svg")).text());
      expect(core.title).toBe("Core services: operational");
    });
  });

  it("an unknown component is a grey 'unknown' badge with 404, never an error page", async () => {
    for (const file of ["no-such-component.svg", "backend-api.png"]) {
      const response = await ref(`/badge/${file}`, file);
      expectEmbeddableSvg(response, 404);
      const svg = await readSvg(await response.text());
      expect(svg.title).toBe("status: unknown");
      expect(svg.fills).toContain(BADGE_COLOR.neutral);
    }
  });

  it("a hidden component has no badge", async () => {
    await (await getPrisma()).component.update({ where: { slug: "amazon" }, data: { showcase: false } });
    try {
      expect((await ref("/badge/amazon.svg", "amazon.svg")).status).toBe(404);
    } finally {
      await (await getPrisma()).component.update({ where: { slug: "amazon" }, data: { showcase: true } });
    }
  });

  it("the shields endpoint JSON carries only the keys shields accepts", async () => {
    for (const response of [
      await pageJson(request("/badge.json?style=social")),
      await ref("/badge/backend-api.json", "backend-api.json"),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const body = await response.json();
      for (const key of Object.keys(body)) expect(SHIELDS_ENDPOINT_KEYS).toContain(key);
      expect(body).toMatchObject({ schemaVersion: 1, message: "operational", color: BADGE_COLOR.operational });
    }
    expect(await (await pageJson(request("/badge.json?style=social"))).json()).toMatchObject({ label: "status", style: "social" });
    const unknown = await ref("/badge/nope.json", "nope.json");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: "unknown", isError: true });
  });

  it("an unresolved critical incident makes the page badge a red major outage, as on the page's banner", async () => {
    const prisma = await getPrisma();
    const open = await prisma.incident.create({
      data: { name: "Checkout failing", status: "investigating", impact: "critical", startedAt: new Date(Date.now() - 60_000) },
    });
    try {
      expect((await getStatusPage()).overall.indicator).toBe("critical");
      const svg = await readSvg(await (await pageSvg(request("/badge.svg"))).text());
      expect(svg.title).toBe("status: major outage");
      expect(svg.fills).toContain(BADGE_COLOR.major_outage);
    } finally {
      await prisma.incident.delete({ where: { id: open.id } });
    }
  });

  it("the admin list offers the page, each shown group and component, with absolute snippets that resolve to real badges", async () => {
    await (await getPrisma()).component.update({ where: { slug: "amazon" }, data: { showcase: false } });
    try {
      const { pageUrl, rows } = await listBadgeEmbeds();
      expect(rows.map((r) => r.kind)).toEqual(["page", "group", ...Array(4).fill("component"), "group", ...Array(3).fill("component")]);
      expect(rows.map((r) => r.name)).not.toContain("Amazon");
      const backend = rows.find((r) => r.name === "Backend API")!;
      expect(backend.embeds.map((e) => e.imageUrl)).toEqual([
        `${pageUrl}/badge/backend-api.svg`,
        `${pageUrl}/badge/backend-api/uptime.svg`,
      ]);
      for (const row of rows.filter((r) => r.kind !== "page")) {
        const file = row.embeds[0].path.replace("/badge/", "");
        expect((await ref(row.embeds[0].path, decodeURIComponent(file))).status).toBe(200);
      }
    } finally {
      await (await getPrisma()).component.update({ where: { slug: "amazon" }, data: { showcase: true } });
    }
  });
});
