import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as editMaintenance } from "@/app/api/admin/v1/maintenances/[id]/route";
import { POST as postUpdate } from "@/app/api/admin/v1/maintenances/[id]/updates/route";
import { POST as createMaintenance, GET as listMaintenances } from "@/app/api/admin/v1/maintenances/route";
import { createApiToken } from "@/lib/api-tokens/create";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { getPrisma } from "@/lib/db/boot";
import { NO_COMPONENTS_ERROR } from "@/lib/maintenance/schema";
import { apiRequest, expectApiError, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// The maintenance routes as Next calls them, without a server or browser, against the demo database.

const now = new Date("2026-11-24T12:00:00Z");
const window = { scheduledFor: "2027-01-10T22:00:00Z", scheduledUntil: "2027-01-11T00:00:00Z" };

type MaintenanceJson = { id: string; name: string; status: string; updatedAt: string; scheduledFor: string };

describe.each(DATABASE_KINDS)("the admin API's maintenance routes on %s", (kind) => {
  let dispose: () => Promise<void>;
  const tokens = {} as Record<"ops" | "deploy", string>;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const ownerId = randomUUID();
    await (await getPrisma()).user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
    const owner = { type: "user" as const, id: ownerId, label: "olive@example.com" };
    const issue = async (name: string, scopes: ApiScope[]) => {
      const result = await createApiToken(owner, { name, scopes });
      if (!result.ok) throw new Error(result.error.message);
      return result.data.plaintext;
    };
    tokens.ops = await issue("ops runbook", ["maintenance:write"]);
    tokens.deploy = await issue("deploy pipeline", ["incidents:write", "components:write"]);
  });
  afterAll(() => dispose());

  const componentId = async (slug: string) => (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  const statusOf = async (slug: string) => (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).status;

  it("no token is 401 with a Bearer challenge, on every maintenance route", async () => {
    const responses = [
      await listMaintenances(apiRequest("/maintenances", { method: "GET" })),
      await createMaintenance(apiRequest("/maintenances", { body: { name: "x" } })),
      await editMaintenance(apiRequest("/maintenances/m1", { method: "PATCH", body: { name: "x" } }), routeParams("m1")),
      await postUpdate(apiRequest("/maintenances/m1/updates", { body: { status: "in_progress", message: "x" } }), routeParams("m1")),
    ];
    for (const response of responses) {
      await expectApiError(response, 401, "unauthorized");
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="beacon"');
    }
  });

  it("a token without maintenance:write is 403 naming the scope", async () => {
    const response = await createMaintenance(
      apiRequest("/maintenances", { token: tokens.deploy, body: { name: "x", message: "m", ...window } }),
    );
    expect((await expectApiError(response, 403, "forbidden")).message).toContain("maintenance:write");
    await expectApiError(await listMaintenances(apiRequest("/maintenances", { method: "GET", token: tokens.deploy })), 403, "forbidden");
  });

  it("a window that ends before it starts is 422 naming scheduledUntil, and nothing is scheduled", async () => {
    const prisma = await getPrisma();
    const before = await prisma.scheduledMaintenance.count();
    const response = await createMaintenance(
      apiRequest("/maintenances", {
        token: tokens.ops,
        body: {
          name: "Backwards",
          message: "m",
          scheduledFor: window.scheduledUntil,
          scheduledUntil: window.scheduledFor,
          noComponents: true,
        },
      }),
    );
    const error = await expectApiError(response, 422, "validation");
    expect(error.fields).toEqual({ scheduledUntil: ["scheduledUntil must be after scheduledFor"] });
    expect(await prisma.scheduledMaintenance.count()).toBe(before);
  });

  it("a window with no components is 422 naming componentIds unless noComponents confirms it; edits too", async () => {
    const prisma = await getPrisma();
    const before = await prisma.scheduledMaintenance.count();
    const refused = await createMaintenance(
      apiRequest("/maintenances", { token: tokens.ops, body: { name: "Nothing?", message: "m", ...window, componentIds: [] } }),
    );
    const error = await expectApiError(refused, 422, "validation");
    expect(error.fields).toEqual({ componentIds: [NO_COMPONENTS_ERROR] });
    expect(await prisma.scheduledMaintenance.count()).toBe(before);

    const confirmed = await createMaintenance(
      apiRequest("/maintenances", { token: tokens.ops, body: { name: "Office move", message: "m", ...window, noComponents: true } }),
    );
    expect(confirmed.status).toBe(201);
    const { maintenance } = (await confirmed.json()) as { maintenance: { id: string } };
    const mcp = await componentId("mcp-server");
    const patch = (body: Record<string, unknown>) =>
      editMaintenance(
        apiRequest(`/maintenances/${maintenance.id}`, { method: "PATCH", token: tokens.ops, body }),
        routeParams(maintenance.id),
      );
    expect((await patch({ name: "Office move", ...window, componentIds: [mcp] })).status).toBe(200);
    await expectApiError(await patch({ name: "Office move", ...window }), 422, "validation");
    expect((await patch({ name: "Office move", ...window, noComponents: true })).status).toBe(200);
  });

  it("a recurrence is accepted as an RRULE and stored in the page's time zone; one that is not is 422 naming it", async () => {
    const bad = await createMaintenance(
      apiRequest("/maintenances", {
        token: tokens.ops,
        body: { name: "Weekly", message: "m", ...window, recurrence: "every sunday", noComponents: true },
      }),
    );
    const error = await expectApiError(bad, 422, "validation");
    expect(Object.keys(error.fields ?? {})).toEqual(["recurrence"]);
    const response = await createMaintenance(
      apiRequest("/maintenances", {
        token: tokens.ops,
        body: { name: "Weekly patching", message: "Kernel updates.", ...window, recurrence: "FREQ=WEEKLY;BYDAY=SU", noComponents: true },
      }),
    );
    expect(response.status).toBe(201);
    const { maintenance } = (await response.json()) as {
      maintenance: MaintenanceJson & { recurrence: string; recurrenceTimeZone: string };
    };
    expect(maintenance).toMatchObject({ recurrence: "FREQ=WEEKLY;BYDAY=SU", recurrenceTimeZone: expect.any(String) });
    await (await getPrisma()).scheduledMaintenance.deleteMany({ where: { OR: [{ id: maintenance.id }, { seriesId: maintenance.id }] } });
  });

  it("an unknown maintenance is 404", async () => {
    const edit = await editMaintenance(
      apiRequest("/maintenances/nope", { method: "PATCH", token: tokens.ops, body: { name: "x", ...window, noComponents: true } }),
      routeParams("nope"),
    );
    await expectApiError(edit, 404, "not_found");
    const update = await postUpdate(
      apiRequest("/maintenances/nope/updates", { token: tokens.ops, body: { status: "in_progress", message: "?" } }),
      routeParams("nope"),
    );
    await expectApiError(update, 404, "not_found");
  });

  it("an ops runbook schedules, edits and starts maintenance, putting its components under maintenance, audited as its token", async () => {
    const [mcp, api] = [await componentId("mcp-server"), await componentId("backend-api")];
    const created = await createMaintenance(
      apiRequest("/maintenances", {
        token: tokens.ops,
        body: { name: "Database migration", message: "Moving the database.", ...window, componentIds: [mcp] },
      }),
    );
    expect(created.status).toBe(201);
    const { maintenance, componentIds, update } = (await created.json()) as {
      maintenance: MaintenanceJson;
      componentIds: string[];
      update: { status: string; body: string };
    };
    expect(maintenance).toMatchObject({ name: "Database migration", status: "scheduled" });
    expect(componentIds).toEqual([mcp]);
    expect(update).toMatchObject({ status: "scheduled", body: "Moving the database." });

    const edited = await editMaintenance(
      apiRequest(`/maintenances/${maintenance.id}`, {
        method: "PATCH",
        token: tokens.ops,
        body: {
          name: "Database migration (moved)",
          scheduledFor: "2027-01-12T22:00:00Z",
          scheduledUntil: "2027-01-12T23:30:00Z",
          // A slug names a component as well as its id does.
          componentIds: [mcp, "backend-api"],
          expectedUpdatedAt: maintenance.updatedAt,
        },
      }),
      routeParams(maintenance.id),
    );
    expect(edited.status).toBe(200);
    const afterEdit = (await edited.json()) as { maintenance: MaintenanceJson; componentIds: string[] };
    expect(afterEdit.maintenance).toMatchObject({ name: "Database migration (moved)", scheduledFor: "2027-01-12T22:00:00.000Z" });
    expect(afterEdit.componentIds).toEqual([mcp, api].sort());

    const started = await postUpdate(
      apiRequest(`/maintenances/${maintenance.id}/updates`, {
        token: tokens.ops,
        body: { status: "in_progress", message: "Starting now." },
      }),
      routeParams(maintenance.id),
    );
    expect(started.status).toBe(201);
    expect((await started.json()) as unknown).toMatchObject({
      maintenance: { id: maintenance.id, status: "in_progress", startedAt: expect.any(String) },
      update: { status: "in_progress", body: "Starting now." },
    });
    expect([await statusOf("mcp-server"), await statusOf("backend-api")]).toEqual(["under_maintenance", "under_maintenance"]);

    // Underway, the window is history: the domain refuses the edit and the route says 409.
    const late = await editMaintenance(
      apiRequest(`/maintenances/${maintenance.id}`, {
        method: "PATCH",
        token: tokens.ops,
        body: { name: "Too late", ...window, componentIds: [mcp] },
      }),
      routeParams(maintenance.id),
    );
    await expectApiError(late, 409, "invalid_transition");

    const listed = await listMaintenances(apiRequest("/maintenances", { method: "GET", token: tokens.ops }));
    expect(listed.status).toBe(200);
    const { maintenances } = (await listed.json()) as {
      maintenances: (MaintenanceJson & { componentIds: string[]; updates: { status: string }[] })[];
    };
    const ours = maintenances.find((m) => m.id === maintenance.id)!;
    expect(ours).toMatchObject({ status: "in_progress", componentIds: [mcp, api].sort() });
    expect(ours.updates.map((u) => u.status)).toEqual(["in_progress", "scheduled"]);

    const audits = await (await getPrisma()).auditLog.findMany({ where: { entityId: maintenance.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorType, a.actorLabel])).toEqual([
      ["maintenance.create", "token", "ops runbook"],
      ["maintenance.edit", "token", "ops runbook"],
      ["maintenance.update.create", "token", "ops runbook"],
    ]);
  });
});
