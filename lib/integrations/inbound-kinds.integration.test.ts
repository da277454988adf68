import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { editIncident } from "@/lib/incidents/edit";
import { publishDraftIncident } from "@/lib/incidents/publish-draft";
import { loadPublicModel } from "@/lib/public-model/load";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { ingestAlerts } from "./ingest-request";
import { addAlertRule, createIntegration, rotateIntegrationSecret, updateAlertRule, updateIntegration } from "./mutations";
import { sampleNotification } from "./sample-notification";
import { testIntegration } from "./test-alert";

// Grafana's webhook contact point and a generic JSON sender, from recorded payloads of their documented shapes;
// wrong credentials, oversized and malformed bodies; dedupe, hold-down, takeover and publishing a draft.

const ACTOR = { actor: { type: "system" as const, id: null, label: "test" } };
const ADMIN = { actor: { type: "user" as const, id: "admin", label: "admin@beacon.local" } };
const grafanaFiring = JSON.parse(readFileSync(path.join(__dirname, "fixtures/grafana-firing.json"), "utf8"));
const grafanaResolved = {
  ...grafanaFiring,
  status: "resolved",
  alerts: grafanaFiring.alerts.map((a: object) => ({ ...a, status: "resolved" })),
};

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe.each(DATABASE_KINDS)("inbound alert kinds on %s", (kind) => {
  let dispose: () => Promise<void>;
  const ids: Record<string, string> = {};
  let grafana: { id: string; secret: string; token: string };
  let generic: { id: string; secret: string; token: string };
  const status = async (slug: string) => (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).status;
  const counts = async () => {
    const prisma = await getPrisma();
    return { incidents: await prisma.incident.count(), groups: await prisma.alertGroup.count(), audit: await prisma.auditLog.count() };
  };

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    for (const c of await (await getPrisma()).component.findMany()) ids[c.slug] = c.id;
    const g = await createIntegration(ACTOR, { kind: "grafana", name: "Grafana", maxBodyBytes: 4096, holdDownSeconds: 600 });
    const j = await createIntegration(ACTOR, {
      kind: "generic",
      name: "Deploy pipeline",
      mapping: JSON.stringify({ alerts: "$.events", id: "$.key", status: "$.state", title: "$.headline", labels: "$.tags" }),
    });
    if (!g.ok || !j.ok) throw new Error("integration not created");
    grafana = { id: g.data.integration.id, secret: g.data.secret, token: g.data.token };
    generic = { id: j.data.integration.id, secret: j.data.secret, token: j.data.token };
    await addAlertRule(ACTOR, grafana.id, {
      matchers: 'service="frontend"',
      target: `component:${ids.frontend}`,
      status: "partial_outage",
      action: "publish_incident",
    });
    await addAlertRule(ACTOR, generic.id, {
      matchers: 'component="mcp"',
      target: `component:${ids["mcp-server"]}`,
      status: "major_outage",
      action: "draft_incident",
    });
  }, 60_000);
  afterAll(() => dispose());

  it("a wrong secret, a wrong token or another integration's secret gets 401 and writes nothing", async () => {
    const before = await counts();
    const base = `http://beacon.test/api/integrations/${grafana.id}`;
    expect((await ingestAlerts(post(base, grafanaFiring), grafana.id, `whs_${"A".repeat(43)}`)).status).toBe(401);
    expect(
      (await ingestAlerts(post(base, grafanaFiring, { authorization: `Bearer wht_${"B".repeat(43)}` }), grafana.id, null)).status,
    ).toBe(401);
    expect((await ingestAlerts(post(base, grafanaFiring), grafana.id, generic.secret)).status).toBe(401);
    expect((await ingestAlerts(post(base, grafanaFiring), "no-such-integration", grafana.secret)).status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("a body over the integration's limit gets 413; not JSON 400; a malformed payload 422 naming the field; nothing written", async () => {
    const before = await counts();
    const url = `http://beacon.test/api/integrations/${grafana.id}`;
    const big = { ...grafanaFiring, message: "x".repeat(5000) };
    expect((await ingestAlerts(post(url, big), grafana.id, grafana.secret)).status).toBe(413);
    expect((await ingestAlerts(post(url, "{not json"), grafana.id, grafana.secret)).status).toBe(400);
    const missing = { ...grafanaFiring, alerts: [{ ...grafanaFiring.alerts[0], fingerprint: undefined }] };
    const answer = await ingestAlerts(post(url, missing), grafana.id, grafana.secret);
    expect(answer.status).toBe(422);
    expect((await answer.json()).error.fields).toHaveProperty(["alerts.0.fingerprint"]);
    const wrongVersion = await ingestAlerts(post(url, { ...grafanaFiring, version: "4" }), grafana.id, grafana.secret);
    expect(((await wrongVersion.json()) as { error: { fields: object } }).error.fields).toHaveProperty("version");
    const genericUrl = `http://beacon.test/api/integrations/${generic.id}`;
    const noTitle = {
      events: [
        { key: "e1", state: "firing", tags: { component: "mcp" } },
        { key: "e2", state: "firing" },
      ],
    };
    const genericAnswer = await ingestAlerts(post(genericUrl, noTitle), generic.id, generic.secret);
    expect(genericAnswer.status).toBe(422);
    expect((await genericAnswer.json()).error.fields).toHaveProperty(["alerts.0.title"]);
    expect(await counts()).toEqual(before);
  });

  it("Grafana's firing notification publishes an incident; a repeat is deduplicated; resolved recovers", async () => {
    const url = `http://beacon.test/api/integrations/${grafana.id}`;
    const first = await ingestAlerts(post(url, grafanaFiring, { authorization: `Bearer ${grafana.token}` }), grafana.id, null);
    expect(first.status).toBe(200);
    expect(await status("frontend")).toBe("partial_outage");
    const before = await counts();
    const repeat = await ingestAlerts(post(url, grafanaFiring), grafana.id, grafana.secret);
    expect(await repeat.json()).toMatchObject({ ok: true, deduplicated: 1 });
    expect(await counts()).toEqual(before);
    await ingestAlerts(post(url, grafanaResolved), grafana.id, grafana.secret);
    expect(await status("frontend")).toBe("operational");
    const incident = await (await getPrisma()).incident.findFirstOrThrow({
      where: { alertGroups: { some: { integrationId: grafana.id } } },
    });
    expect(incident).toMatchObject({ name: "Frontend memory above 90%", status: "monitoring", draft: false });
  });

  it("a flap within the hold-down reopens the same incident instead of opening another", async () => {
    const prisma = await getPrisma();
    const incident = await prisma.incident.findFirstOrThrow({ where: { alertGroups: { some: { integrationId: grafana.id } } } });
    const url = `http://beacon.test/api/integrations/${grafana.id}`;
    await ingestAlerts(post(url, grafanaFiring), grafana.id, grafana.secret);
    expect(await prisma.incident.count({ where: { alertGroups: { some: { integrationId: grafana.id } } } })).toBe(1);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("investigating");
    await ingestAlerts(post(url, grafanaResolved), grafana.id, grafana.secret);
  });

  it("an admin editing the incident takes it over: later alerts only move the status", async () => {
    const prisma = await getPrisma();
    const incident = await prisma.incident.findFirstOrThrow({ where: { alertGroups: { some: { integrationId: grafana.id } } } });
    const edited = await editIncident(ADMIN, incident.id, { name: "Frontend is slow", impact: "minor", componentIds: [ids.frontend] });
    expect(edited.ok && edited.data.alertManaged).toBe(false);
    const updatesBefore = await prisma.incidentUpdate.count({ where: { incidentId: incident.id } });
    await ingestAlerts(post(`http://beacon.test/x`, grafanaFiring), grafana.id, grafana.secret);
    expect(await status("frontend")).toBe("partial_outage");
    expect(await prisma.incidentUpdate.count({ where: { incidentId: incident.id } })).toBe(updatesBefore);
  });

  it("a draft moves nothing public: its component keeps its status while the alert fires and resolves", async () => {
    const prisma = await getPrisma();
    const auth = { authorization: `Bearer ${generic.token}` };
    const history = () => prisma.componentStatusChange.count({ where: { componentId: ids["mcp-server"] } });
    const historyBefore = await history();
    const fire = (state: string) => ({ events: [{ key: "deploy-41", state, headline: "MCP canary failed", tags: { component: "mcp" } }] });
    expect((await ingestAlerts(post("http://beacon.test/x", fire("firing"), auth), generic.id, null)).status).toBe(200);
    const draft = await prisma.incident.findFirstOrThrow({ where: { name: "MCP canary failed" } });
    expect(draft.draft).toBe(true);
    expect(await status("mcp-server")).toBe("operational");
    expect(await history()).toBe(historyBefore);
    expect((await loadPublicModel()).components.find((c) => c.id === ids["mcp-server"])?.status).toBe("operational");
    // The draft records what it asks for, so its reviewer sees it and publishing applies it.
    const asked = await prisma.incidentUpdateComponent.findMany({ where: { update: { incidentId: draft.id } } });
    expect(asked).toMatchObject([{ componentId: ids["mcp-server"], oldStatus: "operational", newStatus: "major_outage" }]);

    expect((await ingestAlerts(post("http://beacon.test/x", fire("resolved"), auth), generic.id, null)).status).toBe(200);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("monitoring");
    expect(await status("mcp-server")).toBe("operational");
    const recovery = await prisma.incidentUpdateComponent.findMany({
      where: { update: { incidentId: draft.id }, newStatus: "operational" },
    });
    expect(recovery).toHaveLength(1);
    // Publishing a recovered draft moves nothing: the last status it asked for is the one the component has.
    expect((await publishDraftIncident(ADMIN, draft.id, {})).ok).toBe(true);
    expect(await status("mcp-server")).toBe("operational");
    expect(await history()).toBe(historyBefore);
    await prisma.incident.delete({ where: { id: draft.id } });
    await prisma.notification.deleteMany({});
  });

  it("a generic sender's alert opens a draft; publishing it puts it on the public page and notifies subscribers", async () => {
    const prisma = await getPrisma();
    await prisma.subscriber.create({
      data: { channel: "webhook", webhookUrl: "https://hooks.example.com/a", componentIds: [], groupIds: [], confirmedAt: new Date() },
    });
    const body = { events: [{ key: "deploy-42", state: "firing", headline: "MCP deploy failed", tags: { component: "mcp" } }] };
    const answer = await ingestAlerts(post("http://beacon.test/x", body, { authorization: `Bearer ${generic.token}` }), generic.id, null);
    expect(answer.status).toBe(200);
    const draft = await prisma.incident.findFirstOrThrow({ where: { draft: true } });
    expect(draft.name).toBe("MCP deploy failed");
    expect(await prisma.notification.count({ where: { event: "incident.created" } })).toBe(0);
    expect((await loadPublicModel()).incidents.map((i) => i.id)).not.toContain(draft.id);
    expect(await status("mcp-server")).toBe("operational");
    const published = await publishDraftIncident(ADMIN, draft.id, {});
    expect(published.ok).toBe(true);
    expect((await loadPublicModel()).incidents.map((i) => i.id)).toContain(draft.id);
    expect(await status("mcp-server")).toBe("major_outage");
    expect(await prisma.componentStatusChange.findFirst({ where: { componentId: ids["mcp-server"], incidentId: draft.id } })).toMatchObject(
      {
        status: "major_outage",
        cause: "incident",
        incidentId: draft.id,
      },
    );
    expect(await prisma.notification.count({ where: { event: "incident.created" } })).toBe(1);
    expect((await publishDraftIncident(ADMIN, draft.id, {})).ok).toBe(false);
  });

  it("an integration's scope limits the components its rules may move", async () => {
    const scoped = await createIntegration(ACTOR, { kind: "alertmanager", name: "Team blue", componentScope: [ids.frontend] });
    if (!scoped.ok) throw new Error("not created");
    const outside = await addAlertRule(ACTOR, scoped.data.integration.id, {
      matchers: 'service="api"',
      target: `component:${ids["backend-api"]}`,
      status: "major_outage",
      action: "status_only",
    });
    expect(outside).toMatchObject({ ok: false, error: { fields: { target: ["This component is outside the integration's scope"] } } });
    const unknown = await createIntegration(ACTOR, { kind: "grafana", name: "Nowhere", componentScope: ["no-such-component"] });
    expect(unknown).toMatchObject({ ok: false, error: { fields: { componentScope: expect.any(Array) } } });
    const saved = await updateIntegration(ADMIN, scoped.data.integration.id, {
      name: "Team blue",
      rateLimitPerMinute: "5",
      componentScope: [],
    });
    expect(saved).toMatchObject({ ok: true, data: { rateLimitPerMinute: 5, componentScope: [] } });
    expect(await updateIntegration(ADMIN, scoped.data.integration.id, { name: "Grafana" })).toMatchObject({
      ok: false,
      error: { fields: { name: ["Another integration has that name"] } },
    });
    const badMapping = await createIntegration(ACTOR, { kind: "generic", name: "Bad", mapping: '{"id":"id"}' });
    expect(badMapping).toMatchObject({ ok: false, error: { fields: { mapping: expect.any(Array) } } });
  });

  it("a rule is edited in place: validated, kept inside the scope and audited", async () => {
    const prisma = await getPrisma();
    const scoped = await createIntegration(ACTOR, { kind: "alertmanager", name: "Team green", componentScope: [ids.frontend] });
    if (!scoped.ok) throw new Error("not created");
    const integrationId = scoped.data.integration.id;
    const added = await addAlertRule(ACTOR, integrationId, {
      matchers: 'service="web"',
      target: `component:${ids.frontend}`,
      status: "degraded_performance",
      action: "status_only",
    });
    if (!added.ok) throw new Error("rule not added");
    const ruleId = added.data.id;
    const edit = (change: Record<string, string>) =>
      updateAlertRule(ADMIN, integrationId, ruleId, {
        matchers: 'service="web", severity="page"',
        target: `component:${ids.frontend}`,
        status: "major_outage",
        action: "draft_incident",
        ...change,
      });
    expect(await edit({ matchers: 'service="web' })).toMatchObject({ ok: false, error: { fields: { matchers: expect.any(Array) } } });
    expect(await edit({ target: `component:${ids["backend-api"]}` })).toMatchObject({
      ok: false,
      error: { fields: { target: ["This component is outside the integration's scope"] } },
    });
    const valid = { matchers: 'service="web"', target: `component:${ids.frontend}`, status: "major_outage", action: "status_only" };
    expect(await updateAlertRule(ADMIN, integrationId, "no-such-rule", valid)).toMatchObject({ ok: false, error: { code: "not_found" } });
    const saved = await edit({});
    expect(saved).toMatchObject({ ok: true, data: { status: "major_outage", action: "draft_incident" } });
    const row = await prisma.alertRule.findUniqueOrThrow({ where: { id: ruleId } });
    expect(row.matchers).toHaveLength(2);
    const audited = await prisma.auditLog.findFirstOrThrow({ where: { action: "integration.rule.update", entityId: integrationId } });
    expect(audited).toMatchObject({ actorLabel: "admin@beacon.local" });
    expect(audited.before).toMatchObject({ status: "degraded_performance", action: "status_only" });
    expect(audited.after).toMatchObject({ status: "major_outage", action: "draft_incident" });
    await prisma.integration.delete({ where: { id: integrationId } });
  });

  it("a test alert answers which rule each alert meets and what it would do, changing nothing but the audit log", async () => {
    const prisma = await getPrisma();
    const before = { ...(await counts()), frontend: await status("frontend"), notifications: await prisma.notification.count() };
    const tested = await testIntegration(ADMIN, grafana.id, { payload: JSON.stringify(grafanaFiring) });
    expect(tested).toMatchObject({
      ok: true,
      data: {
        alerts: [
          {
            title: "Frontend memory above 90%",
            rule: { componentNames: ["Frontend"], status: "partial_outage", action: "publish_incident" },
          },
        ],
      },
    });
    const unmatched = await testIntegration(ADMIN, grafana.id, { payload: sampleNotification("grafana") });
    expect(unmatched).toMatchObject({ ok: true, data: { alerts: [{ title: "Backend API is down", rule: null }] } });
    expect(await testIntegration(ADMIN, generic.id, { payload: sampleNotification("generic") })).toMatchObject({ ok: false });
    expect(await testIntegration(ADMIN, grafana.id, { payload: "{" })).toMatchObject({
      ok: false,
      error: { fields: { payload: ["payload is not JSON"] } },
    });
    expect(await testIntegration(ADMIN, grafana.id, { payload: '{"alerts": 1}' })).toMatchObject({
      ok: false,
      error: { fields: { payload: [expect.any(String)] } },
    });
    const after = await counts();
    expect({ ...after, audit: before.audit, frontend: await status("frontend"), notifications: await prisma.notification.count() }).toEqual(
      before,
    );
    expect(after.audit).toBe(before.audit + 2);
    expect(await prisma.auditLog.count({ where: { action: "integration.test", entityId: grafana.id } })).toBe(2);
  });

  it("rotating the secret turns the old URL and token away at once", async () => {
    const rotated = await rotateIntegrationSecret(ADMIN, generic.id);
    if (!rotated.ok) throw new Error("not rotated");
    const body = { events: [] };
    expect((await ingestAlerts(post("http://beacon.test/x", body), generic.id, generic.secret)).status).toBe(401);
    expect((await ingestAlerts(post("http://beacon.test/x", body), generic.id, rotated.data.secret)).status).toBe(200);
  });
});
