import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import AdminIncidentPage from "@/app/admin/(console)/incidents/[id]/page";
import { openIncident, postUpdate, saveIncidentDetails } from "@/app/admin/(console)/incidents/actions";
import AdminMaintenanceDetailPage from "@/app/admin/(console)/maintenance/[id]/page";
import MonitorPage from "@/app/admin/(console)/monitors/[id]/page";
import { GET as exportSubscribers } from "@/app/admin/(console)/subscribers/export/route";
import { POST as createIncidentApi } from "@/app/api/admin/v1/incidents/route";
import { POST as createMaintenanceApi } from "@/app/api/admin/v1/maintenances/route";
import { createApiToken } from "@/lib/api-tokens/create";
import { listAuditEntries } from "@/lib/audit/queries";
import { listComponentChoices } from "@/lib/components/queries";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { listIncidentsForAdmin } from "@/lib/incidents/list-for-admin";
import { addAlertRule, createIntegration } from "@/lib/integrations/mutations";
import { getMonitoringOverview } from "@/lib/monitors/admin-overview";
import { createMonitor } from "@/lib/monitors/create";
import { listSubscribers } from "@/lib/subscriptions/queries";
import { apiRequest, expectApiError } from "@/lib/testing/api-requests";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { type FixtureAdmin, COMPONENT_IDS as ids, seedTwoPages } from "@/lib/testing/editor-pages-fixture";
import { formOf } from "@/lib/testing/form-of";
import { openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { accessToIncident, accessToMaintenance } from "./access";
import { auditEntriesOf } from "./audit-reach";
import { componentsOfAdmin } from "./components-of-admin";
import { listReachOfSession, subscribersOfSession } from "./list-reach";
import { incidentsShownTo } from "./shown-to";
import { incidentsOn } from "./where";

// What an editor limited to the "internal" page (which shows the database only) can read and pick: an incident or
// maintenance outside it, opened by its URL, is the admin's 404; the pickers, the dashboard and the audit log hold
// their pages only; a component outside them is refused naming the field; an incident naming none lands on their
// pages. The subscriber export follows the list's page filter.

let signedIn: FixtureAdmin | null = null;
vi.mock("@/lib/auth/auth", () => ({
  getAuth: async () => ({ api: { getSession: async () => (signedIn ? { user: signedIn } : null) } }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "status.test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, updateTag: () => undefined }));

const NOW = new Date("2026-11-29T12:00:00Z");

/** What a server action or page ended in: its value, or the redirect / 404 Next throws for. */
async function outcome<T>(work: () => Promise<T>): Promise<T | "redirected" | "not found"> {
  try {
    return await work();
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return "redirected";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not found";
    throw error;
  }
}

const byId = (id: string) => ({ params: Promise.resolve({ id }) });
const sessionOf = (admin: FixtureAdmin) => ({ userId: admin.id, role: admin.role });

describe.each(DATABASE_KINDS)("what an editor limited to pages reads and picks (%s)", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let admins: Awaited<ReturnType<typeof seedTwoPages>>["admins"];
  let limitedToken: string;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    provideDatabase(db);
    const fixture = await seedTwoPages(db.prisma, NOW);
    admins = fixture.admins;
    await fixture.incident("i-both", "API and database slow", [ids.api, ids.dbc]);
    await db.prisma.editorPage.create({ data: { userId: admins.limited.id, pageId: "p-internal" } });
    const created = await createApiToken(
      { type: "user", id: admins.limited.id, label: admins.limited.email },
      { name: "limited script", scopes: ["incidents:write", "maintenance:write"] },
    );
    if (!created.ok) throw new Error(created.error.message);
    limitedToken = created.data.plaintext;
  }, 120_000);
  afterAll(async () => {
    await dispose?.();
  });

  it("an incident or maintenance outside their pages, opened by its URL, is the admin's 404; partly theirs is read only", async () => {
    signedIn = admins.limited;
    expect(await outcome(() => AdminIncidentPage(byId("i-api")))).toBe("not found");
    expect(await outcome(() => AdminIncidentPage(byId("i-bare")))).toBe("not found");
    expect(await outcome(() => AdminMaintenanceDetailPage(byId("m-web")))).toBe("not found");
    expect(await outcome(() => AdminIncidentPage(byId("i-db")))).not.toBe("not found");
    expect(await outcome(() => AdminMaintenanceDetailPage(byId("m-db")))).not.toBe("not found");
    const limited = sessionOf(admins.limited);
    expect(await accessToIncident(limited, "i-db")).toBe("change");
    expect(await accessToIncident(limited, "i-both")).toBe("see");
    expect(await accessToIncident(limited, "i-api")).toBe("none");
    expect(await accessToMaintenance(limited, "m-web")).toBe("none");
    // Owners and unlimited editors open everything.
    for (const who of [admins.owner, admins.free]) {
      signedIn = who;
      expect(await outcome(() => AdminIncidentPage(byId("i-api")))).not.toBe("not found");
      expect(await accessToIncident(sessionOf(who), "i-api")).toBe("change");
    }
  });

  it("the pickers and the dashboard offer only what is on their pages", async () => {
    expect((await listComponentChoices(await componentsOfAdmin(sessionOf(admins.limited)))).map((c) => c.id)).toEqual([ids.dbc]);
    expect((await listComponentChoices(await componentsOfAdmin(sessionOf(admins.free)))).map((c) => c.id).sort()).toEqual(
      [ids.api, ids.dbc, ids.web].sort(),
    );
    const shown = await incidentsShownTo(sessionOf(admins.limited), ["i-api", "i-db", "i-both", "i-bare"]);
    expect([...shown].sort()).toEqual(["i-both", "i-db"]);
    expect((await incidentsShownTo(sessionOf(admins.owner), ["i-api", "i-bare"])).size).toBe(2);
  });

  it("a component outside their pages is a 403 naming the field, in the API and in the admin form, with nothing saved", async () => {
    const incidents = await db.prisma.incident.count();
    const incident = await createIncidentApi(
      apiRequest("/incidents", {
        token: limitedToken,
        body: {
          name: "Both down",
          impact: "major",
          status: "investigating",
          message: "x",
          componentStatuses: [
            { componentId: "dbc", status: "major_outage" },
            { componentId: "api", status: "major_outage" },
          ],
        },
      }),
    );
    const error = await expectApiError(incident, 403, "forbidden");
    expect(error.fields).toEqual({ "componentStatuses.1.componentId": [expect.stringMatching(/Internal/)] });
    const maintenance = await createMaintenanceApi(
      apiRequest("/maintenances", {
        token: limitedToken,
        body: {
          name: "Web deploy",
          scheduledFor: "2026-12-01T10:00:00Z",
          scheduledUntil: "2026-12-01T11:00:00Z",
          message: "Planned.",
          componentIds: ["web"],
        },
      }),
    );
    expect(Object.keys((await expectApiError(maintenance, 403, "forbidden")).fields ?? {})).toEqual(["componentIds.0"]);
    signedIn = admins.limited;
    const form = await outcome(() =>
      openIncident(
        {},
        formOf({ name: "API down", impact: "major", status: "investigating", message: "x", [`component:${ids.api}`]: "major_outage" }),
      ),
    );
    expect(form).toMatchObject({ ok: false, fieldErrors: { "componentStatuses.0.componentId": [expect.any(String)] } });
    expect(await db.prisma.incident.count()).toBe(incidents);
  });

  it("an incident naming no component that a limited editor opens lands on their pages, audited", async () => {
    signedIn = admins.limited;
    expect(
      await outcome(() => openIncident({}, formOf({ name: "Backups late", impact: "minor", status: "investigating", message: "x" }))),
    ).toBe("redirected");
    const opened = await db.prisma.incident.findFirstOrThrow({ where: { name: "Backups late" }, include: { pages: true } });
    expect(opened.pages.map((p) => p.pageId)).toEqual(["p-internal"]);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "incident.create", entityId: opened.id } });
    expect(entry.after).toMatchObject({ pageIds: ["p-internal"] });
    // Theirs to follow up, and not on the customers' page.
    expect(await accessToIncident(sessionOf(admins.limited), opened.id)).toBe("change");
    expect(await postUpdate(opened.id, {}, formOf({ status: "identified", message: "Found it." }))).toMatchObject({ ok: true });
    const onDefault = await listReachOfSession(sessionOf(admins.owner), "default");
    const names = (await listIncidentsForAdmin({ state: "all", page: 1 }, "UTC", incidentsOn(onDefault.reaches))).incidents.map(
      (i) => i.name,
    );
    expect(names).not.toContain("Backups late");
    // Taking the database off theirs leaves it on their pages too, not on the customers' page.
    expect(await saveIncidentDetails("i-db", {}, formOf({ name: "Database slow", impact: "minor" }))).toMatchObject({ ok: true });
    expect((await db.prisma.pageIncident.findMany({ where: { incidentId: "i-db" } })).map((p) => p.pageId)).toEqual(["p-internal"]);
    expect(await accessToIncident(sessionOf(admins.limited), "i-db")).toBe("change");
    // Anyone else's still lands on the default page.
    signedIn = admins.free;
    await outcome(() => openIncident({}, formOf({ name: "Mail slow", impact: "minor", status: "investigating", message: "x" })));
    expect(await db.prisma.pageIncident.count({ where: { incident: { name: "Mail slow" } } })).toBe(0);
  });

  it("monitors and alert rules go only on components of their pages", async () => {
    const actor = { type: "user" as const, id: admins.limited.id, label: admins.limited.email };
    const heartbeat = (componentId: string) => ({
      componentId,
      name: "Nightly",
      kind: "heartbeat",
      intervalSeconds: 3600,
      timeoutMs: 60_000,
    });
    const outside = await createMonitor(actor, heartbeat(ids.api), NOW);
    expect(outside).toMatchObject({ ok: false, error: { code: "forbidden", fields: { componentId: [expect.any(String)] } } });
    expect(await createMonitor(actor, heartbeat(ids.dbc), NOW)).toMatchObject({ ok: true });
    expect(await db.prisma.monitor.count()).toBe(1);
    // An owner's monitor on the API is not theirs to open, nor in their list.
    const owners = await createMonitor({ type: "user", id: admins.owner.id, label: admins.owner.email }, heartbeat(ids.api), NOW);
    if (!owners.ok) throw new Error(owners.error.message);
    signedIn = admins.limited;
    expect(await outcome(() => MonitorPage(byId(owners.data.monitor.id)))).toBe("not found");
    const overview = await getMonitoringOverview(NOW, await componentsOfAdmin(sessionOf(admins.limited)));
    expect(overview.map((c) => c.id)).toEqual([ids.dbc]);
    const integration = await createIntegration({ actor }, { kind: "generic", name: "Jobs" });
    if (!integration.ok) throw new Error(integration.error.message);
    const rule = (componentId: string) => ({
      matchers: 'job="sync"',
      target: `component:${componentId}`,
      status: "major_outage",
      action: "status_only",
    });
    expect(await addAlertRule({ actor }, integration.data.integration.id, rule(ids.api))).toMatchObject({
      ok: false,
      error: { code: "forbidden", fields: { target: [expect.any(String)] } },
    });
    expect(await addAlertRule({ actor }, integration.data.integration.id, rule(ids.dbc))).toMatchObject({ ok: true });
  });

  it("the audit log of a limited editor holds their pages' records and their own writes", async () => {
    signedIn = admins.owner;
    await postUpdate("i-api", {}, formOf({ status: "identified", message: "Owner on the API." }));
    await postUpdate("i-db", {}, formOf({ status: "identified", message: "Owner on the database." }));
    const within = await auditEntriesOf(sessionOf(admins.limited));
    const log = await listAuditEntries({}, within);
    const about = log.entries.map((e) => e.entityId);
    expect(about).toContain("i-db");
    expect(about).not.toContain("i-api");
    expect(log.entries.some((e) => e.actorLabel === admins.limited.email)).toBe(true);
    expect(await auditEntriesOf(sessionOf(admins.owner))).toBeUndefined();
  });

  it("the subscriber export holds what the list shows: the page filtered by, within a limited editor's pages", async () => {
    signedIn = admins.owner;
    const csv = async (query: string) =>
      (await exportSubscribers(new Request(`http://status.test/admin/subscribers/export${query}`))).text();
    expect(await csv("?statusPage=internal")).toContain("b@example.com");
    expect(await csv("?statusPage=internal")).not.toContain("a@example.com");
    expect(await csv("?statusPage=default")).not.toContain("b@example.com");
    expect(await csv("?statusPage=default")).toContain("a@example.com");
    const all = await csv("");
    expect([all.includes("a@example.com"), all.includes("b@example.com")]).toEqual([true, true]);
    // Subscribers are an owner's; were an editor to list them, only their pages' would show.
    const limitedList = await listSubscribers({ onPage: await subscribersOfSession(sessionOf(admins.limited), "default") });
    expect(limitedList).toEqual([]);
    expect(
      (await listSubscribers({ onPage: await subscribersOfSession(sessionOf(admins.limited), undefined) })).map((s) => s.target),
    ).toEqual(["b@example.com"]);
  });
});
