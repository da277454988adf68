import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as incidentsJson } from "@/app/api/v2/incidents.json/route";
import { GET as maintenancesJson } from "@/app/api/v2/scheduled-maintenances.json/route";
import { GET as summaryJson } from "@/app/api/v2/summary.json/route";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { DATABASE_KINDS, openDemoDatabase, openEmptyDatabase } from "@/lib/testing/databases";
import { applyStatuspageImport } from "./apply";
import { ATLASSIAN_INCIDENTS, ATLASSIAN_MAINTENANCES, ATLASSIAN_SUMMARY } from "./atlassian-documents.fixture";
import { fetchStatuspage } from "./documents";

// Importing from a local Beacon (its own v2 API as the source) and from documents in Atlassian's shape.

async function serve(documents: Record<string, () => Promise<unknown>>): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const document = documents[request.url ?? ""];
    if (!document) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(await document()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const other = (kind: string) => (kind === "pglite" ? "postgres" : "pglite");

describe.each(DATABASE_KINDS)("importing a Statuspage v2 page into %s", (kind) => {
  let source: Awaited<ReturnType<typeof openDemoDatabase>>;
  let target: { db: Database; dispose: () => Promise<void> };
  let beacon: { url: string; server: Server };
  beforeAll(async () => {
    source = await openDemoDatabase(other(kind), new Date("2026-11-24T12:00:00Z"));
    const fromSource = (route: (r: Request) => Promise<Response>) => async () => {
      provideDatabase(source.db);
      return (await route(new Request("http://localhost/"))).json();
    };
    beacon = await serve({
      "/api/v2/summary.json": fromSource(summaryJson),
      "/api/v2/incidents.json": fromSource(incidentsJson),
      "/api/v2/scheduled-maintenances.json": fromSource(maintenancesJson),
    });
    target = await openEmptyDatabase(kind);
    await migrateDatabase(target.db);
  });
  afterAll(async () => {
    beacon.server.close();
    await source.dispose();
    await target.dispose();
  });

  it("brings a Beacon page's groups, components, incidents with updates and impacts, and maintenance", async () => {
    const summary = await applyStatuspageImport(target.db.prisma, await fetchStatuspage(`${beacon.url}/`));
    const [from, to] = [source.db.prisma, target.db.prisma];
    expect(summary.components).toEqual({ created: await from.component.count(), updated: 0 });
    expect(summary.groups.created).toBe(await from.componentGroup.count());
    const components = (p: typeof from) =>
      p.component.findMany({ orderBy: { position: "asc" }, select: { name: true, status: true, group: { select: { name: true } } } });
    expect(await components(to)).toEqual(await components(from));
    const incidents = (p: typeof from) =>
      p.incident.findMany({
        orderBy: { startedAt: "asc" },
        select: {
          name: true,
          status: true,
          impact: true,
          startedAt: true,
          resolvedAt: true,
          updates: {
            orderBy: { displayAt: "asc" },
            select: { status: true, body: true, displayAt: true, componentChanges: { select: { newStatus: true } } },
          },
        },
      });
    expect(await incidents(to)).toEqual(await incidents(from));
    expect((await to.scheduledMaintenance.findMany()).map((m) => m.name)).toEqual(
      (await from.scheduledMaintenance.findMany()).map((m) => m.name),
    );
  });

  it("updates what it created on a second run instead of duplicating it", async () => {
    const before = { components: await target.db.prisma.component.count(), updates: await target.db.prisma.incidentUpdate.count() };
    const summary = await applyStatuspageImport(target.db.prisma, await fetchStatuspage(beacon.url));
    expect(summary.components.created).toBe(0);
    expect(summary.incidents.created).toBe(0);
    expect(summary.incidents.updated).toBeGreaterThan(0);
    expect({ components: await target.db.prisma.component.count(), updates: await target.db.prisma.incidentUpdate.count() }).toEqual(
      before,
    );
  });

  it("reads documents in Atlassian's shape: groups, a component change on an update, a scheduled maintenance", async () => {
    const atlassian = await serve({
      "/api/v2/summary.json": async () => ATLASSIAN_SUMMARY,
      "/api/v2/incidents.json": async () => ATLASSIAN_INCIDENTS,
      "/api/v2/scheduled-maintenances.json": async () => ATLASSIAN_MAINTENANCES,
    });
    const fresh = await openEmptyDatabase(kind);
    try {
      await migrateDatabase(fresh.db);
      const summary = await applyStatuspageImport(fresh.db.prisma, await fetchStatuspage(`${atlassian.url}/api/v2/summary.json`));
      expect(summary).toEqual({
        groups: { created: 1, updated: 0 },
        components: { created: 3, updated: 0 },
        incidents: { created: 1, updated: 0 },
        maintenances: { created: 1, updated: 0 },
      });
      const api = await fresh.db.prisma.component.findFirstOrThrow({ where: { name: "API" }, include: { group: true } });
      expect(api).toMatchObject({ slug: "api", status: "partial_outage", description: "REST and GraphQL", group: { name: "Platform" } });
      const incident = await fresh.db.prisma.incident.findFirstOrThrow({
        include: { updates: { include: { componentChanges: true } }, components: true },
      });
      expect(incident).toMatchObject({ name: "Elevated API error rates", status: "monitoring", impact: "major" });
      expect(incident.components.map((c) => c.componentId)).toEqual([api.id]);
      expect(incident.updates.flatMap((u) => u.componentChanges).map((c) => [c.oldStatus, c.newStatus])).toEqual([
        ["operational", "partial_outage"],
      ]);
      const maintenance = await fresh.db.prisma.scheduledMaintenance.findFirstOrThrow({ include: { components: true } });
      expect(maintenance).toMatchObject({ name: "Database failover test", status: "scheduled", startedAt: null });
      expect(maintenance.components.map((c) => c.componentId)).toEqual([api.id]);
    } finally {
      atlassian.server.close();
      await fresh.dispose();
    }
  });
});
