import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as publishRoute } from "@/app/api/admin/v1/incidents/[id]/publish/route";
import { GET as listRoute } from "@/app/api/admin/v1/incidents/route";
import { createApiToken } from "@/lib/api-tokens/create";
import { getPrisma } from "@/lib/db/boot";
import { apiRequest, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { ingestAlerts } from "./ingest-request";
import { addAlertRule, createIntegration } from "./mutations";

// A script reviews drafts through the write API: listed with draft: true, published with one call.

describe.each(DATABASE_KINDS)("draft incidents in the write API on %s", (kind) => {
  let dispose: () => Promise<void>;
  const tokens = {} as Record<"incidents" | "components", string>;
  let draftId: string;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    const prisma = await getPrisma();
    const ownerId = randomUUID();
    await prisma.user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
    const owner = { type: "user" as const, id: ownerId, label: "olive@example.com" };
    for (const [key, scope] of [
      ["incidents", "incidents:write"],
      ["components", "components:write"],
    ] as const) {
      const issued = await createApiToken(owner, { name: key, scopes: [scope] });
      if (!issued.ok) throw new Error(issued.error.message);
      tokens[key] = issued.data.plaintext;
    }
    const system = { actor: { type: "system" as const, id: null, label: "test" } };
    const created = await createIntegration(system, { kind: "generic", name: "Jobs" });
    if (!created.ok) throw new Error(created.error.message);
    const api = await prisma.component.findUniqueOrThrow({ where: { slug: "backend-api" } });
    await addAlertRule(system, created.data.integration.id, {
      matchers: 'job="sync"',
      target: `component:${api.id}`,
      status: "degraded_performance",
      action: "draft_incident",
    });
    const body = JSON.stringify({ id: "sync-1", status: "firing", title: "Sync job failing", labels: { job: "sync" } });
    const request = new Request("http://localhost/x", { method: "POST", headers: { authorization: `Bearer ${created.data.token}` }, body });
    expect((await ingestAlerts(request, created.data.integration.id, null)).status).toBe(200);
    draftId = (await prisma.incident.findFirstOrThrow({ where: { draft: true } })).id;
  }, 60_000);
  afterAll(() => dispose());

  it("lists the draft with draft: true, publishes it once, refuses the wrong scope and a second publish", async () => {
    const listed = (await (await listRoute(apiRequest("/incidents", { method: "GET", token: tokens.incidents }))).json()) as {
      incidents: { id: string; draft: boolean }[];
    };
    expect(listed.incidents.find((i) => i.id === draftId)?.draft).toBe(true);
    expect(
      (await publishRoute(apiRequest(`/incidents/${draftId}/publish`, { token: tokens.components }), routeParams(draftId))).status,
    ).toBe(403);
    const published = await publishRoute(apiRequest(`/incidents/${draftId}/publish`, { token: tokens.incidents }), routeParams(draftId));
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ id: draftId, draft: false, alertManaged: true });
    const again = await publishRoute(
      apiRequest(`/incidents/${draftId}/publish`, { token: tokens.incidents, body: {} }),
      routeParams(draftId),
    );
    expect(again.status).toBe(409);
    expect((await publishRoute(apiRequest("/incidents/nope/publish", { token: tokens.incidents }), routeParams("nope"))).status).toBe(404);
  });
});
