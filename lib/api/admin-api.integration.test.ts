import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as putComponentStatus } from "@/app/api/admin/v1/components/[id]/status/route";
import { POST as resolveIncident } from "@/app/api/admin/v1/incidents/[id]/resolve/route";
import { POST as postUpdate } from "@/app/api/admin/v1/incidents/[id]/updates/route";
import { POST as createIncident, GET as listIncidents } from "@/app/api/admin/v1/incidents/route";
import { createApiToken } from "@/lib/api-tokens/create";
import { revokeApiToken } from "@/lib/api-tokens/revoke";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { getPrisma } from "@/lib/db/boot";
import { apiRequest, expectApiError, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// The route handlers as Next calls them, without a server or browser, against the demo database.

const now = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_KINDS)("the admin API's route handlers on %s", (kind) => {
  let dispose: () => Promise<void>;
  const tokens = {} as Record<"deploy" | "health" | "revoked", string>;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    const ownerId = randomUUID();
    await (await getPrisma()).user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
    const owner = { type: "user" as const, id: ownerId, label: "olive@example.com" };
    const issue = async (name: string, scopes: ApiScope[]) => {
      const result = await createApiToken(owner, { name, scopes });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    };
    tokens.deploy = (await issue("deploy pipeline", ["incidents:write"])).plaintext;
    tokens.health = (await issue("health script", ["components:write"])).plaintext;
    const revoked = await issue("old laptop", ["incidents:write"]);
    await revokeApiToken(owner, revoked.token.id);
    tokens.revoked = revoked.plaintext;
  });
  afterAll(() => dispose());

  const openIncident = async (name = "Deploy started") => {
    const response = await createIncident(
      apiRequest("/incidents", {
        token: tokens.deploy,
        body: { name, impact: "minor", status: "monitoring", message: "Deploy v42 started." },
      }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as { incident: { id: string; status: string; updatedAt: string }; update: { body: string } };
  };

  it("no token is 401 with a Bearer challenge", async () => {
    const response = await createIncident(apiRequest("/incidents", { body: { name: "x" } }));
    await expectApiError(response, 401, "unauthorized");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="beacon"');
  });

  it("a revoked or unknown token is 401 invalid_token", async () => {
    for (const token of [tokens.revoked, `bcn_${"A".repeat(43)}`]) {
      const response = await listIncidents(apiRequest("/incidents", { method: "GET", token }));
      await expectApiError(response, 401, "unauthorized");
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="beacon", error="invalid_token"');
    }
  });

  it("a token without incidents:write is 403", async () => {
    const response = await createIncident(apiRequest("/incidents", { token: tokens.health, body: { name: "x" } }));
    expect((await expectApiError(response, 403, "forbidden")).message).toContain("incidents:write");
  });

  it("malformed JSON is 400 bad_request", async () => {
    await expectApiError(
      await createIncident(apiRequest("/incidents", { token: tokens.deploy, rawBody: '{"name": ' })),
      400,
      "bad_request",
    );
  });

  it("an invalid body is 422 naming the field", async () => {
    const response = await createIncident(
      apiRequest("/incidents", { token: tokens.deploy, body: { name: "Deploy", impact: "huge", message: "m" } }),
    );
    const error = await expectApiError(response, 422, "validation");
    expect(Object.keys(error.fields!)).toEqual(["impact"]);
  });

  it("a 70 KiB message is 422 naming the message; a body over 256 KiB is 413", async () => {
    const long = await createIncident(
      apiRequest("/incidents", { token: tokens.deploy, body: { name: "Long", impact: "minor", message: "x".repeat(70 * 1024) } }),
    );
    expect((await expectApiError(long, 422, "validation")).fields).toEqual({ message: ["message must be at most 64 KiB"] });
    const huge = await createIncident(
      apiRequest("/incidents", { token: tokens.deploy, body: { name: "Huge", impact: "minor", message: "x".repeat(300 * 1024) } }),
    );
    await expectApiError(huge, 413, "payload_too_large");
  });

  it("an unknown incident is 404", async () => {
    const response = await postUpdate(
      apiRequest("/incidents/nope/updates", { token: tokens.deploy, body: { status: "identified", message: "?" } }),
      routeParams("nope"),
    );
    await expectApiError(response, 404, "not_found");
  });

  it("a stale expectedUpdatedAt is 409 conflict", async () => {
    const { incident } = await openIncident("Stale check");
    const first = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: { status: "monitoring", message: "Still rolling out.", expectedUpdatedAt: incident.updatedAt },
      }),
      routeParams(incident.id),
    );
    expect(first.status).toBe(201);
    const stale = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: { status: "resolved", message: "Done.", expectedUpdatedAt: incident.updatedAt },
      }),
      routeParams(incident.id),
    );
    await expectApiError(stale, 409, "conflict");
  });

  it("a deploy pipeline opens an incident, posts identified and resolves it, audited as its token", async () => {
    const { incident, update } = await openIncident();
    expect(incident.status).toBe("monitoring");
    expect(update.body).toBe("Deploy v42 started.");

    const identified = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: { status: "identified", message: "Migration is slow." },
      }),
      routeParams(incident.id),
    );
    expect(identified.status).toBe(201);
    expect((await identified.json()).update).toMatchObject({ status: "identified", body: "Migration is slow." });

    const resolved = await resolveIncident(
      apiRequest(`/incidents/${incident.id}/resolve`, { token: tokens.deploy, body: { message: "Deploy v42 finished." } }),
      routeParams(incident.id),
    );
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).incident).toMatchObject({ id: incident.id, status: "resolved", resolvedAt: expect.any(String) });

    const listed = await listIncidents(apiRequest("/incidents", { method: "GET", token: tokens.deploy }));
    const { incidents } = (await listed.json()) as { incidents: { id: string; updates: { status: string }[] }[] };
    expect(incidents.length).toBeLessThanOrEqual(50);
    const ours = incidents.find((i) => i.id === incident.id)!;
    expect(ours.updates.map((u) => u.status)).toEqual(["resolved", "identified", "monitoring"]);

    const audits = await (await getPrisma()).auditLog.findMany({ where: { entityId: incident.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorType, a.actorLabel])).toEqual([
      ["incident.create", "token", "deploy pipeline"],
      ["incident.update.create", "token", "deploy pipeline"],
      ["incident.update.create", "token", "deploy pipeline"],
    ]);
  });

  it("a health script sets a component's status by slug; an unknown component is 404", async () => {
    const response = await putComponentStatus(
      apiRequest("/components/backend-api/status", {
        method: "PUT",
        token: tokens.health,
        body: { status: "major_outage", reason: "3 failed checks" },
      }),
      routeParams("backend-api"),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ changed: true, component: { slug: "backend-api", status: "major_outage" } });
    expect((await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "backend-api" } })).status).toBe("major_outage");

    const missing = await putComponentStatus(
      apiRequest("/components/nope/status", { method: "PUT", token: tokens.health, body: { status: "operational" } }),
      routeParams("nope"),
    );
    await expectApiError(missing, 404, "not_found");
    const forbidden = await putComponentStatus(
      apiRequest("/components/backend-api/status", { method: "PUT", token: tokens.deploy, body: { status: "operational" } }),
      routeParams("backend-api"),
    );
    await expectApiError(forbidden, 403, "forbidden");
  });

  it("components are named by id or slug alike when opening, updating and resolving an incident", async () => {
    const prisma = await getPrisma();
    const statusOf = async (slug: string) => (await prisma.component.findUniqueOrThrow({ where: { slug } })).status;
    const xero = (await prisma.component.findUniqueOrThrow({ where: { slug: "xero" } })).id;
    const opened = await createIncident(
      apiRequest("/incidents", {
        token: tokens.deploy,
        body: {
          name: "Sync delays",
          impact: "minor",
          message: "Syncs are slow.",
          componentStatuses: [
            { componentId: "frontend", status: "degraded_performance" },
            { componentId: xero, status: "partial_outage" },
          ],
        },
      }),
    );
    expect(opened.status).toBe(201);
    const { incident } = (await opened.json()) as { incident: { id: string } };
    expect([await statusOf("frontend"), await statusOf("xero")]).toEqual(["degraded_performance", "partial_outage"]);

    const updated = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: {
          status: "monitoring",
          message: "Frontend recovered.",
          componentStatuses: [{ componentId: "frontend", status: "operational" }],
        },
      }),
      routeParams(incident.id),
    );
    expect(updated.status).toBe(201);
    expect(await statusOf("frontend")).toBe("operational");

    const unknown = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: { status: "monitoring", message: "?", componentStatuses: [{ componentId: "no-such-slug", status: "operational" }] },
      }),
      routeParams(incident.id),
    );
    expect((await expectApiError(unknown, 422, "validation")).fields).toEqual({
      "componentStatuses.0.componentId": ["componentId names no component"],
    });
    const twice = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token: tokens.deploy,
        body: {
          status: "monitoring",
          message: "?",
          componentStatuses: [
            { componentId: "xero", status: "operational" },
            { componentId: xero, status: "operational" },
          ],
        },
      }),
      routeParams(incident.id),
    );
    expect((await expectApiError(twice, 422, "validation")).fields).toEqual({
      "componentStatuses.1.componentId": ["componentId is listed twice"],
    });

    const resolved = await resolveIncident(
      apiRequest(`/incidents/${incident.id}/resolve`, { token: tokens.deploy, body: { message: "All synced." } }),
      routeParams(incident.id),
    );
    expect(resolved.status).toBe(200);
    expect(await statusOf("xero")).toBe("operational");
  });

  it("an unexpected failure is 500 with a reference and no internals", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = { params: Promise.reject(new Error("secret internals")) };
    broken.params.catch(() => undefined);
    const response = await putComponentStatus(
      apiRequest("/components/x/status", { method: "PUT", token: tokens.health, body: { status: "operational" } }),
      broken,
    );
    const error = await expectApiError(response, 500, "internal");
    expect(JSON.stringify(error)).not.toContain("secret internals");
    expect(error).toMatchObject({ reference: expect.any(String) });
    vi.restoreAllMocks();
  });
});
