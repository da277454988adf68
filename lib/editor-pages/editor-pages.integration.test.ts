import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { postUpdate } from "@/app/admin/(console)/incidents/actions";
import { scheduleMaintenance } from "@/app/admin/(console)/maintenance/actions";
import { setPages } from "@/app/admin/(console)/users/actions";
import { PUT as putComponentStatus } from "@/app/api/admin/v1/components/[id]/status/route";
import { POST as createIncidentApi, GET as listIncidentsApi } from "@/app/api/admin/v1/incidents/route";
import { createApiToken } from "@/lib/api-tokens/create";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { listIncidentsForAdmin } from "@/lib/incidents/list-for-admin";
import { listMaintenancesForAdmin } from "@/lib/maintenance/queries";
import { listSubscribers } from "@/lib/subscriptions/queries";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { COMPONENT_IDS, type FixtureAdmin, seedTwoPages } from "@/lib/testing/editor-pages-fixture";
import { formOf } from "@/lib/testing/form-of";
import { openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { listReachOfSession } from "./list-reach";
import { componentsOn, incidentsOn, maintenancesOn, subscribersOf } from "./where";

// Two pages over three components: the default page shows everything, "internal" only the database. An editor
// limited to "internal" sees and changes only what is on it, in the admin and with their API token; an owner and an
// unlimited editor are unchanged; the admin lists filter by page.

let signedIn: FixtureAdmin | null = null;
vi.mock("@/lib/auth/auth", () => ({
  getAuth: async () => ({ api: { getSession: async () => (signedIn ? { user: signedIn } : null) } }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "status.test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, updateTag: () => undefined }));

const NOW = new Date("2026-11-29T12:00:00Z");

/** Runs a server action that may redirect (Next throws for that): "redirected", or its state. */
async function run<T>(action: () => Promise<T>): Promise<T | "redirected"> {
  try {
    return await action();
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "redirected";
    throw error;
  }
}

const bearer = (token: string, body?: unknown, method = "POST") =>
  new Request("http://status.test/api/admin/v1/x", {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe.each(DATABASE_KINDS)("editors limited to pages (%s)", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let admins: Awaited<ReturnType<typeof seedTwoPages>>["admins"];
  let later: (days: number) => string;
  const ids = COMPONENT_IDS;
  let limitedToken: string;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    provideDatabase(db);
    ({ admins, later } = await seedTwoPages(db.prisma, NOW));
  }, 120_000);
  afterAll(async () => {
    await dispose?.();
  });

  it("an owner limits an editor to a page, audited; an editor may not", async () => {
    signedIn = admins.free;
    await run(() => setPages(admins.limited.id, formOf({ "page:p-internal": "on" })));
    expect(await db.prisma.editorPage.count()).toBe(0);
    signedIn = admins.owner;
    await run(() => setPages(admins.limited.id, formOf({ "page:p-internal": "on" })));
    expect(await db.prisma.editorPage.findMany({ select: { userId: true, pageId: true } })).toEqual([
      { userId: admins.limited.id, pageId: "p-internal" },
    ]);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "user.pages.change" } });
    expect(entry).toMatchObject({ entityId: admins.limited.id, before: { pageIds: [] }, after: { pageIds: ["p-internal"] } });
    const created = await createApiToken(
      { type: "user", id: admins.limited.id, label: admins.limited.email },
      { name: "limited script", scopes: ["incidents:write", "components:write"] },
    );
    if (!created.ok) throw new Error(created.error.message);
    limitedToken = created.data.plaintext;
  });

  it("filters the admin lists by page", async () => {
    const owner = { userId: admins.owner.id, role: "owner" };
    const internal = await listReachOfSession(owner, "internal");
    expect(internal.pageId).toBe("p-internal");
    const incidents = await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(internal.reaches));
    expect(incidents.incidents.map((i) => i.name)).toEqual(["Database slow"]);
    const onDefault = await listReachOfSession(owner, "default");
    const all = await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(onDefault.reaches));
    expect(all.incidents.map((i) => i.name).sort()).toEqual(["API slow", "Database slow", "Mail delayed"]);
    const maintenances = await listMaintenancesForAdmin(maintenancesOn(internal.reaches));
    expect(maintenances.upcoming.map((m) => m.name)).toEqual(["Database upgrade"]);
    expect(await db.prisma.component.findMany({ where: componentsOn(internal.reaches), select: { id: true } })).toEqual([{ id: ids.dbc }]);
    expect((await listSubscribers({ onPage: subscribersOf("p-internal") })).map((s) => s.target)).toEqual(["b@example.com"]);
    expect((await listSubscribers({ onPage: subscribersOf("page") })).map((s) => s.target)).toEqual(["a@example.com"]);
    // "All pages": no filter for an owner.
    expect((await listReachOfSession(owner, undefined)).reaches).toEqual([]);
  });

  it("a limited editor's lists hold only their pages, also when filtered by another page", async () => {
    const limited = { userId: admins.limited.id, role: "editor" };
    const mine = await listReachOfSession(limited, undefined);
    const names = (await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(mine.reaches))).incidents.map((i) => i.name);
    expect(names).toEqual(["Database slow"]);
    const both = await listReachOfSession(limited, "default");
    expect((await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(both.reaches))).incidents.map((i) => i.name)).toEqual(
      ["Database slow"],
    );
    const free = await listReachOfSession({ userId: admins.free.id, role: "editor" }, undefined);
    expect((await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(free.reaches))).total).toBe(3);
  });

  it("a limited editor changes what is on their pages in the admin, and is refused elsewhere with nothing saved", async () => {
    signedIn = admins.limited;
    const allowed = await run(() =>
      postUpdate("i-db", {}, formOf({ status: "identified", message: "Found it.", [`component:${ids.dbc}`]: "degraded_performance" })),
    );
    expect(allowed).toMatchObject({ ok: true });
    const refused = await run(() => postUpdate("i-api", {}, formOf({ status: "identified", message: "Found it." })));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/limited to the pages Internal/) });
    expect(await db.prisma.incidentUpdate.count({ where: { incidentId: "i-api" } })).toBe(0);
    const maintenance = await run(() =>
      scheduleMaintenance(
        {},
        formOf({
          name: "Web again",
          scheduledFor: later(3),
          scheduledUntil: later(4),
          message: "Planned.",
          [`component:${ids.web}`]: "on",
        }),
      ),
    );
    expect(maintenance).toMatchObject({ ok: false, error: expect.stringMatching(/maintenance names components outside them/) });
  });

  it("an unlimited editor and an owner are unchanged", async () => {
    for (const who of [admins.free, admins.owner]) {
      signedIn = who;
      const state = await run(() => postUpdate("i-api", {}, formOf({ status: "identified", message: `By ${who.name}.` })));
      expect(state).toMatchObject({ ok: true });
    }
  });

  it("the admin API answers a limited editor's token with 403 outside their pages, and lists only their incidents", async () => {
    const outside = await putComponentStatus(bearer(limitedToken, { status: "major_outage" }, "PUT"), {
      params: Promise.resolve({ id: "api" }),
    });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/limited to the pages Internal/),
    });
    expect((await db.prisma.component.findUniqueOrThrow({ where: { id: ids.api } })).status).toBe("operational");
    const inside = await putComponentStatus(bearer(limitedToken, { status: "major_outage" }, "PUT"), {
      params: Promise.resolve({ id: "dbc" }),
    });
    expect(inside.status).toBe(200);
    const created = await createIncidentApi(
      bearer(limitedToken, {
        name: "API down",
        impact: "major",
        status: "investigating",
        message: "x",
        componentStatuses: [{ componentId: ids.api, status: "major_outage" }],
      }),
    );
    expect(created.status).toBe(403);
    const listed = (await (await listIncidentsApi(bearer(limitedToken, undefined, "GET"))).json()) as { incidents: { name: string }[] };
    expect(listed.incidents.map((i) => i.name)).toEqual(["Database slow"]);
  });

  it("ticking no page makes the editor unlimited again", async () => {
    signedIn = admins.owner;
    await run(() => setPages(admins.limited.id, formOf({})));
    expect(await db.prisma.editorPage.count()).toBe(0);
    const response = await putComponentStatus(bearer(limitedToken, { status: "operational" }, "PUT"), {
      params: Promise.resolve({ id: "api" }),
    });
    expect(response.status).toBe(200);
  });
});
