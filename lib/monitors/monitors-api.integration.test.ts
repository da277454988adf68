import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteMonitor, GET as getMonitor, PATCH as patchMonitor } from "@/app/api/admin/v1/monitors/[id]/route";
import { POST as createMonitor, GET as listMonitors } from "@/app/api/admin/v1/monitors/route";
import { createApiToken } from "@/lib/api-tokens/create";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { getPrisma } from "@/lib/db/boot";
import { apiRequest, expectApiError, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// The monitors write API as Next calls its route handlers, against the demo database.

const now = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_KINDS)("the monitors API on %s", (kind) => {
  let dispose: () => Promise<void>;
  let componentId: string;
  const tokens = {} as Record<"monitors" | "incidents", string>;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const prisma = await getPrisma();
    const ownerId = randomUUID();
    await prisma.user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
    const owner = { type: "user" as const, id: ownerId, label: "olive@example.com" };
    const issue = async (name: string, scopes: ApiScope[]) => {
      const result = await createApiToken(owner, { name, scopes });
      if (!result.ok) throw new Error(result.error.message);
      return result.data.plaintext;
    };
    tokens.monitors = await issue("infra as code", ["monitors:write"]);
    tokens.incidents = await issue("deploy pipeline", ["incidents:write"]);
    componentId = (await prisma.component.findUniqueOrThrow({ where: { slug: "backend-api" } })).id;
  });
  afterAll(() => dispose());

  const create = (body: unknown, token = tokens.monitors) => createMonitor(apiRequest("/monitors", { token, body }));

  it("no token is 401; a token without monitors:write is 403 naming the scope", async () => {
    await expectApiError(await listMonitors(apiRequest("/monitors", { method: "GET" })), 401, "unauthorized");
    const denied = await expectApiError(await create({ componentId, name: "x", kind: "http" }, tokens.incidents), 403, "forbidden");
    expect(denied.message).toContain("monitors:write");
  });

  it("POST adds a monitor (201), audited under the token's name; GET lists and reads it", async () => {
    const response = await create({
      componentId,
      name: "API health",
      kind: "http",
      url: "https://api.example.com/health",
      intervalSeconds: 30,
      timeoutMs: 5000,
    });
    expect(response.status).toBe(201);
    const { monitor, heartbeatUrl } = await response.json();
    expect(monitor).toMatchObject({ componentId, name: "API health", kind: "http", intervalSeconds: 30, enabled: true });
    expect(monitor).not.toHaveProperty("heartbeatTokenHash");
    expect(heartbeatUrl).toBeNull();
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({ where: { action: "monitor.create", entityId: monitor.id } });
    expect(audit).toMatchObject({ actorType: "token", actorLabel: "infra as code" });

    const listed = await (await listMonitors(apiRequest("/monitors", { method: "GET", token: tokens.monitors }))).json();
    expect(listed.monitors.map((m: { id: string }) => m.id)).toContain(monitor.id);
    const read = await getMonitor(
      apiRequest(`/monitors/${monitor.id}`, { method: "GET", token: tokens.monitors }),
      routeParams(monitor.id),
    );
    expect((await read.json()).monitor).toMatchObject({ id: monitor.id, url: "https://api.example.com/health" });
  });

  it("POST of a heartbeat monitor answers its full push URL once, on the page's URL rather than the request's", async () => {
    const response = await create({ componentId, name: "Nightly job", kind: "heartbeat", intervalSeconds: 3600 });
    expect(response.status).toBe(201);
    const { heartbeatUrl } = await response.json();
    expect(heartbeatUrl).toMatch(/^http:\/\/localhost:3000\/api\/heartbeat\/hb_[A-Za-z0-9_-]{32}$/);
  });

  it("an invalid body is 422 naming each bad field", async () => {
    const error = await expectApiError(
      await create({ componentId, name: "Bad", kind: "tcp", host: "db.internal", port: 0, intervalSeconds: 4000 }),
      422,
      "validation",
    );
    expect(Object.keys(error.fields!).sort()).toEqual(["intervalSeconds", "port"]);
    expect(error.fields!.port).toEqual(["port must be between 1 and 65535"]);
    const timeout = await expectApiError(
      await create({ componentId, name: "Slow", kind: "http", url: "https://x.example", intervalSeconds: 10, timeoutMs: 15_000 }),
      422,
      "validation",
    );
    expect(Object.keys(timeout.fields!)).toEqual(["timeoutMs"]);
  });

  it("PATCH changes only the fields sent; 422 when the result is invalid; 404 for an unknown monitor", async () => {
    const { monitor } = await (await create({ componentId, name: "Patch me", kind: "http", url: "https://x.example/health" })).json();
    const patch = (id: string, body: unknown) =>
      patchMonitor(apiRequest(`/monitors/${id}`, { method: "PATCH", token: tokens.monitors, body }), routeParams(id));
    const paused = await patch(monitor.id, { enabled: false, keyword: "ok" });
    expect(paused.status).toBe(200);
    expect((await paused.json()).monitor).toMatchObject({
      enabled: false,
      keyword: "ok",
      name: "Patch me",
      url: "https://x.example/health",
    });
    const invalid = await expectApiError(await patch(monitor.id, { url: "not a url" }), 422, "validation");
    expect(Object.keys(invalid.fields!)).toEqual(["url"]);
    await expectApiError(await patch("no-such-monitor", { name: "x" }), 404, "not_found");
    await expectApiError(
      await patchMonitor(
        apiRequest(`/monitors/${monitor.id}`, { method: "PATCH", token: tokens.monitors, rawBody: "{" }),
        routeParams(monitor.id),
      ),
      400,
      "bad_request",
    );
  });

  it("DELETE removes the monitor (then GET is 404)", async () => {
    const { monitor } = await (await create({ componentId, name: "Delete me", kind: "tcp", host: "db.example.com", port: 5432 })).json();
    const gone = await deleteMonitor(
      apiRequest(`/monitors/${monitor.id}`, { method: "DELETE", token: tokens.monitors }),
      routeParams(monitor.id),
    );
    expect(gone.status).toBe(200);
    expect((await gone.json()).monitor.id).toBe(monitor.id);
    await expectApiError(
      await getMonitor(apiRequest(`/monitors/${monitor.id}`, { method: "GET", token: tokens.monitors }), routeParams(monitor.id)),
      404,
      "not_found",
    );
    await expectApiError(
      await deleteMonitor(apiRequest(`/monitors/${monitor.id}`, { method: "DELETE", token: tokens.monitors }), routeParams(monitor.id)),
      404,
      "not_found",
    );
  });
});
