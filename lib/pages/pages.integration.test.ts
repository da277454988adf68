import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as incidentsJson from "@/app/api/v2/incidents.json/route";
import * as summaryJson from "@/app/api/v2/summary.json/route";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { resolvePageAddress } from "@/lib/page-addressing/addressing";
import { loadPublicModel } from "@/lib/public-model/load";
import type { PublicModel } from "@/lib/public-model/model";
import { publicRefsOf } from "@/lib/public-model/refs";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { pageViewOf } from "./page-view";

// Several pages on both databases: the migration makes today's page the default page (every URL answers as before),
// and two pages on two hosts with overlapping components each show the incidents of their own components.

const MIGRATION = "20261129200000_pages";
const now = new Date("2026-11-29T12:00:00Z");
const request = (url: string) => new Request(`http://beacon.test${url}`);

async function names(response: Response): Promise<string[]> {
  const body = (await response.json()) as { incidents: { name: string }[] };
  return body.incidents.map((i) => i.name).sort();
}

describe.each(DATABASE_KINDS)("several pages (%s)", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await openEmptyDatabase(kind));
    // The store as it was before several pages: one page, one component, an incident with and one without components.
    const before = (await readMigrations()).filter((m) => m.name < MIGRATION);
    await db.withSession((session) => applyMigrations(session, before));
    await db.withSession(async (s) => {
      await s.exec(
        `INSERT INTO "PageSettings" (id, name, url, "timeZone", "updatedAt") VALUES ('page', 'Acme status', 'https://status.acme.test', 'UTC', now())`,
      );
      await s.exec(`INSERT INTO "Component" (id, slug, name, "startDate", "updatedAt") VALUES ('api', 'api', 'API', now(), now())`);
      await s.exec(`INSERT INTO "Incident" (id, name, status, impact, "startedAt", "updatedAt") VALUES
        ('i-api', 'API slow', 'investigating', 'minor', now(), now()),
        ('i-none', 'Mail delayed', 'investigating', 'minor', now() - interval '1 minute', now())`);
      await s.exec(`INSERT INTO "IncidentComponent" ("incidentId", "componentId") VALUES ('i-api', 'api')`);
    });
    await migrateDatabase(db);
    provideDatabase(db);
  }, 120_000);

  afterAll(async () => {
    await dispose?.();
  });

  it("makes today's page the default page: slug default, every component, the same answers", async () => {
    const row = await db.prisma.pageSettings.findUniqueOrThrow({ where: { id: "page" } });
    expect(row).toMatchObject({ slug: "default", showAllComponents: true, domains: [] });
    const model = await loadPublicModel(now);
    expect(pageViewOf(model, "page")).toBe(model); // the default page's view is the model itself: nothing changes
    expect(await names(await incidentsJson.GET(request("/api/v2/incidents.json")))).toEqual(["API slow", "Mail delayed"]);
    const summary = (await (await summaryJson.GET(request("/api/v2/summary.json"))).json()) as { page: { name: string; url: string } };
    expect(summary.page).toMatchObject({ name: "Acme status", url: "https://status.acme.test" });
  });

  it("shows an incident of a shared component on both pages, one of an internal component on one only", async () => {
    const p = db.prisma;
    await p.component.create({ data: { id: "db", slug: "db", name: "Database (internal)", startDate: now } });
    await p.incident.create({
      data: {
        id: "i-db",
        name: "Replica lag",
        status: "investigating",
        impact: "minor",
        startedAt: now,
        components: { create: { componentId: "db" } },
      },
    });
    // The default page is the customers' page: only the API. The staff page: the API and the database.
    await p.pageSettings.update({
      where: { id: "page" },
      data: { showAllComponents: false, domains: ["status.acme.test"], components: { create: { componentId: "api" } } },
    });
    await p.pageSettings.create({
      data: {
        id: "staff",
        slug: "staff",
        name: "Acme staff status",
        url: "https://internal.acme.test",
        timeZone: "UTC",
        showAllComponents: false,
        domains: ["internal.acme.test"],
        canonicalDomain: "internal.acme.test",
        components: { create: [{ componentId: "api" }, { componentId: "db" }] },
        incidents: { create: { incidentId: "i-none" } }, // the incident without components: staff only
      },
    });
    const model = await loadPublicModel(now);
    const routes = publicRefsOf(model).pages;
    const viewOn = (host: string, url = "/") => pageViewOf(model, resolvePageAddress(url, host, routes).pageId!) as PublicModel;
    const shown = (view: PublicModel) => view.incidents.map((i) => i.id).sort();
    const showcased = (view: PublicModel) =>
      view.components
        .filter((c) => c.showcase)
        .map((c) => c.id)
        .sort();

    const customers = viewOn("status.acme.test");
    const staff = viewOn("internal.acme.test:443");
    expect(customers.page.name).toBe("Acme status");
    expect(staff.page).toMatchObject({ name: "Acme staff status", url: "https://internal.acme.test" });
    expect(shown(customers)).toEqual(["i-api"]);
    expect(shown(staff)).toEqual(["i-api", "i-db", "i-none"]);
    expect(showcased(customers)).toEqual(["api"]);
    expect(showcased(staff)).toEqual(["api", "db"]);
    // The same pages under /p/<slug> on any host; an unknown host is the default page.
    expect(viewOn("localhost", "/p/staff/history")).toBe(staff);
    expect(viewOn("elsewhere.test")).toBe(customers);
    expect(resolvePageAddress("/p/nope/history", "localhost", routes).pageId).toBeNull();
  });
});
