import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { loadPublicModel } from "@/lib/public-model/load";
import { type RunningAlertmanager, startAlertmanager } from "@/lib/testing/alertmanager";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { type RouteServer, startRouteServer } from "@/lib/testing/route-server";
import { ingestAlerts } from "./ingest-request";
import { addAlertRule, createIntegration } from "./mutations";
import { resolveQuietAlertIncidents } from "./resolve-quiet-alert-incidents";

// The real sender: Debian's Alertmanager notifies Beacon's integration route (behind a real HTTP server) as it
// would in production; alerts are fired and resolved through Alertmanager's v2 API, as Prometheus does.

const ACTOR = { actor: { type: "system" as const, id: null, label: "test" } };

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.each(DATABASE_KINDS)("Alertmanager → Beacon on %s", (kind) => {
  let dispose: () => Promise<void>;
  let server: RouteServer;
  let alertmanager: RunningAlertmanager;
  let integrationId: string;
  const ids: Record<string, string> = {};
  const status = async (slug: string) => (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).status;
  const alertIncidents = async () =>
    (await getPrisma()).incident.findMany({
      where: { alertGroups: { some: {} } },
      include: { components: true },
      orderBy: { createdAt: "asc" },
    });

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    const prisma = await getPrisma();
    for (const c of await prisma.component.findMany()) ids[c.slug] = c.id;
    const created = await createIntegration(ACTOR, { kind: "alertmanager", name: "Prometheus" });
    if (!created.ok) throw new Error(created.error.message);
    integrationId = created.data.integration.id;
    const rules = [
      {
        matchers: 'service="backend-api", severity="critical"',
        target: `component:${ids["backend-api"]}`,
        status: "major_outage",
        action: "publish_incident",
      },
      {
        matchers: 'service="mcp-server"',
        target: `component:${ids["mcp-server"]}`,
        status: "partial_outage",
        action: "draft_incident",
        position: 1,
      },
      {
        matchers: 'service=~"front.*"',
        target: `component:${ids.frontend}`,
        status: "degraded_performance",
        action: "status_only",
        position: 2,
      },
    ];
    for (const rule of rules) {
      const added = await addAlertRule(ACTOR, integrationId, rule);
      if (!added.ok) throw new Error(JSON.stringify(added.error));
    }
    server = await startRouteServer((request, pathname) => ingestAlerts(request, pathname.split("/")[3], null));
    alertmanager = await startAlertmanager(`${server.url}/api/integrations/${integrationId}`, created.data.token, ["service"]);
  }, 60_000);
  afterAll(async () => {
    await alertmanager?.stop();
    await server?.close();
    await dispose();
  });

  const backendAlerts = (endsAt?: string) =>
    ["HighErrorRate", "HighLatency"].map((alertname) => ({
      labels: { alertname, service: "backend-api", severity: "critical" },
      annotations: { summary: `Backend API ${alertname}`, description: "5xx above 5% for 2 minutes" },
      ...(endsAt ? { endsAt } : {}),
    }));

  it("two critical alerts of one group move the component to major outage under one published incident", async () => {
    const firedAt = Date.now();
    await alertmanager.post(backendAlerts());
    expect(
      await until(
        () => status("backend-api"),
        (s) => s === "major_outage",
        "backend-api major outage",
      ),
    ).toBe("major_outage");
    // group_wait is 500 ms: the rest is Alertmanager's dispatch and Beacon's one transaction.
    console.log(`[measure] ${kind}: alert fired → component in major outage in ${Date.now() - firedAt} ms`);
    const incidents = await until(alertIncidents, (list) => list.length === 1, "one alert incident");
    expect(incidents[0]).toMatchObject({ draft: false, alertManaged: true, status: "investigating" });
    expect(incidents[0].components.map((c) => c.componentId)).toEqual([ids["backend-api"]]);
    const model = await loadPublicModel();
    expect(model.incidents.map((i) => i.id)).toContain(incidents[0].id);
  });

  it("an alert whose rule asks for review opens a draft that the public model never holds", async () => {
    await alertmanager.post([{ labels: { alertname: "McpDown", service: "mcp-server" }, annotations: { summary: "MCP server down" } }]);
    const incidents = await until(alertIncidents, (list) => list.length === 2, "the draft incident");
    const draft = incidents.find((i) => i.draft);
    expect(draft).toMatchObject({ name: "MCP server down", alertManaged: true });
    // Nothing public moves before someone publishes: the component keeps its status too.
    expect(await status("mcp-server")).toBe("operational");
    const model = await loadPublicModel();
    expect(model.incidents.map((i) => i.id)).not.toContain(draft?.id);
  });

  it("a status-only rule moves the component without an incident; an alert no rule matches is kept for admins", async () => {
    await alertmanager.post([{ labels: { alertname: "SlowPages", service: "frontend" } }]);
    await alertmanager.post([{ labels: { alertname: "DiskFull", service: "billing" } }]);
    expect(
      await until(
        () => status("frontend"),
        (s) => s === "degraded_performance",
        "frontend degraded",
      ),
    ).toBe("degraded_performance");
    const prisma = await getPrisma();
    const unmatched = await until(
      () => prisma.unmatchedAlert.findMany({ where: { integrationId } }),
      (l) => l.length === 1,
      "unmatched",
    );
    expect(unmatched[0]).toMatchObject({ title: "DiskFull", status: "firing", labels: { service: "billing" } });
    expect(await alertIncidents()).toHaveLength(2);
  });

  it("resolving the alerts moves the component back, posts monitoring, and resolves after the quiet period", async () => {
    await alertmanager.post(backendAlerts(new Date(Date.now() - 1_000).toISOString()));
    expect(
      await until(
        () => status("backend-api"),
        (s) => s === "operational",
        "backend-api recovered",
      ),
    ).toBe("operational");
    const [published] = await alertIncidents();
    expect(published.status).toBe("monitoring");
    const prisma = await getPrisma();
    expect(await resolveQuietAlertIncidents(prisma, new Date(Date.now() + 60_000), 300)).toEqual([]);
    expect(await resolveQuietAlertIncidents(prisma, new Date(Date.now() + 301_000), 300)).toContain(published.id);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("resolved");
    const updates = await prisma.incidentUpdate.findMany({ where: { incidentId: published.id }, orderBy: { displayAt: "asc" } });
    expect(updates.map((u) => u.status)).toEqual(["investigating", "monitoring", "resolved"]);
    expect(server.answers.every((a) => a.status === 200)).toBe(true);
    const audit = await prisma.auditLog.findFirst({ where: { action: "integration.alerts.apply", entityId: integrationId } });
    expect(audit?.actorLabel).toBe('Integration "Prometheus"');
  });
});
