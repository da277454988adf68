import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPublicModel } from "@/lib/public-model/load";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { renderComponents } from "@/lib/statuspage/render-components";
import { renderSummary } from "@/lib/statuspage/render-summary";
import { statuspageSnapshotOfModel } from "@/lib/statuspage/snapshot-of-model";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { createContractValidator } from "@/lib/testing/statuspage-contract";
import { VENDOR_COMPONENTS, VENDOR_GROUP, type VendorState, vendorSummary } from "@/lib/testing/upstream-documents";
import { handDrivenPoller, TEST_ADMIN, testClock } from "@/lib/testing/upstream-fixture";
import { startUpstreamServer, type UpstreamServer } from "@/lib/testing/upstream-server";
import { addMirror } from "./add-mirror";
import { addUpstream } from "./create";
import { setMirrorSilenced, updateUpstream } from "./manage";

const START = new Date("2026-11-29T10:00:00Z");
const [GIT, , ACTIONS, CODESPACES_EU] = VENDOR_COMPONENTS;
const POLICY = { allowPrivateNetworks: true };

describe("recorded vendor documents", () => {
  const errorsOf = createContractValidator();
  const states: Record<string, VendorState> = {
    "all operational": {},
    "every component status": {
      statuses: {
        [GIT.id]: "degraded_performance",
        [ACTIONS.id]: "partial_outage",
        [CODESPACES_EU.id]: "major_outage",
        [VENDOR_COMPONENTS[4].id]: "under_maintenance",
      },
      indicator: "critical",
    },
    "incidents with updates": {
      indicator: "major",
      incidents: [{ id: "inc-1", name: "Elevated error rates", componentIds: [GIT.id], updates: ["Fixed.", "Investigating."] }],
    },
    maintenance: { indicator: "maintenance", maintenance: true, statuses: { [ACTIONS.id]: "under_maintenance" } },
  };
  for (const [name, state] of Object.entries(states)) {
    it(`${name}: passes Beacon's own summary schema`, () => {
      expect(errorsOf("summary", vendorSummary("GitHub", "https://www.githubstatus.com", state))).toEqual([]);
    });
  }
});

describe.each(DATABASE_KINDS)("upstream dependencies on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let server: UpstreamServer;
  let prisma: PrismaClient;
  const clock = testClock(START);
  let upstreamId: string;
  const ids = { git: "", codespaces: "", page: "" };
  const serve = (state: VendorState) => void (server.document = vendorSummary("GitHub", "https://www.githubstatus.com", state));
  const poller = () => handDrivenPoller(prisma, clock);
  /** Moves the clock to the upstream's next poll and runs one tick. */
  const pollAgain = async () => {
    const { nextPollAt } = await prisma.upstream.findUniqueOrThrow({ where: { id: upstreamId } });
    if (nextPollAt > clock.now()) clock.advance((nextPollAt.getTime() - clock.now().getTime()) / 1000);
    await poller().tick();
  };
  const statusOf = async (componentId: string) => (await prisma.component.findUniqueOrThrow({ where: { id: componentId } })).status;
  const mirrorOf = (componentId: string) => prisma.upstreamMirror.findUniqueOrThrow({ where: { componentId } });

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    prisma = db.prisma;
    provideDatabase(db);
    server = await startUpstreamServer(vendorSummary("GitHub", "https://www.githubstatus.com"));
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it("adding an upstream checks that the URL speaks v2 and keeps its components to choose from", async () => {
    server.mode = "html-200";
    const refused = await addUpstream({ actor: TEST_ADMIN, now: clock.now() }, { url: server.url }, { policy: POLICY });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.fields?.url?.[0]).toMatch(/does not answer a Statuspage v2 summary.*not JSON/);
    expect((await addUpstream({ actor: TEST_ADMIN }, { url: server.url, intervalSeconds: "10" }, { policy: POLICY })).ok).toBe(false);

    server.mode = "ok";
    const added = await addUpstream(
      { actor: TEST_ADMIN, now: clock.now() },
      { url: `${server.url}/` },
      { policy: POLICY, random: () => 0 },
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    upstreamId = added.data.id;
    expect(added.data).toMatchObject({
      name: "GitHub",
      url: server.url,
      intervalSeconds: 60,
      openIncidents: false,
      notifySubscribers: false,
    });
    const summary = added.data.summary as { components: { name: string; group: boolean }[] };
    expect(summary.components.map((c) => c.name)).toEqual([
      "Git Operations",
      "API Requests",
      "Actions",
      "Codespaces",
      "Codespaces Europe",
      "Codespaces US",
    ]);
    expect(await prisma.auditLog.count({ where: { action: "upstream.create", entityId: upstreamId } })).toBe(1);
  });

  it("mirrors a component, a group and the page indicator, in the Providers group", async () => {
    const targets = [`component:${GIT.id}`, `group:${VENDOR_GROUP.id}`, "page"];
    const mirrors = [];
    for (const target of targets) {
      const result = await addMirror({ actor: TEST_ADMIN, now: clock.now() }, { upstreamId, target });
      expect(result.ok).toBe(true);
      if (result.ok) mirrors.push(result.data);
    }
    [ids.git, ids.codespaces, ids.page] = mirrors.map((m) => m.componentId);
    const components = await prisma.component.findMany({ where: { id: { in: Object.values(ids) } }, include: { group: true } });
    expect(components.map((c) => [c.name, c.group?.name]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ["GitHub", "Providers"],
      ["GitHub Codespaces", "Providers"],
      ["GitHub Git Operations", "Providers"],
    ]);
    const wrong = await addMirror({ actor: TEST_ADMIN }, { upstreamId, target: "group:no-such-group" });
    expect(!wrong.ok && wrong.error.fields?.target).toBeTruthy();
  });

  it("a status change upstream reaches each mirror on the next poll, with one request however many mirror it", async () => {
    serve({
      statuses: { [GIT.id]: "major_outage", [CODESPACES_EU.id]: "degraded_performance" },
      indicator: "critical",
      incidents: [{ id: "gh-1", name: "Incident with Git Operations", componentIds: [GIT.id] }],
    });
    const before = server.requests;
    await pollAgain();
    expect(server.requests - before).toBe(1);
    expect([await statusOf(ids.git), await statusOf(ids.codespaces), await statusOf(ids.page)]).toEqual([
      "major_outage",
      "degraded_performance",
      "major_outage",
    ]);
    expect((await mirrorOf(ids.git)).incidentTitle).toBe("Incident with Git Operations");
    expect((await mirrorOf(ids.codespaces)).incidentTitle).toBeNull();
    const history = await prisma.componentStatusChange.findMany({ where: { componentId: ids.git, cause: "upstream" } });
    expect(history.map((h) => [h.status, h.changedAt.toISOString()])).toEqual([["major_outage", clock.now().toISOString()]]);
    // Not opted in: subscribers hear nothing, and no incident is opened.
    expect(await prisma.notification.count()).toBe(0);
    expect(await prisma.incident.count()).toBe(0);
  });

  it("sends the ETag back and takes a 304 as 'unchanged'", async () => {
    const { conditionalRequests, notModified } = server;
    await pollAgain();
    expect(server.conditionalRequests - conditionalRequests).toBe(1);
    expect(server.notModified - notModified).toBe(1);
    const upstream = await prisma.upstream.findUniqueOrThrow({ where: { id: upstreamId } });
    expect(upstream).toMatchObject({ consecutiveFailures: 0, lastError: null });
    expect(upstream.lastSuccessAt).toEqual(clock.now());
    expect(await statusOf(ids.git)).toBe("major_outage");
  });

  const failures: [string, () => Promise<void>, RegExp][] = [
    ["a 500", async () => void (server.mode = "error-500"), /^500 Internal Server Error$/],
    ["a 200 with an HTML error page", async () => void (server.mode = "html-200"), /not JSON/],
    ["a 10 MB body", async () => void (server.mode = "huge-body"), /larger than 2 MB/],
    [
      "a redirect to the metadata address",
      async () => void (server.mode = "redirect-to-metadata"),
      /^Refused: 169\.254\.169\.254 is link-local/,
    ],
    [
      "an unreachable upstream",
      async () => void (await prisma.upstream.update({ where: { id: upstreamId }, data: { url: "http://127.0.0.1:1" } })),
      /ECONNREFUSED/,
    ],
  ];
  for (const [name, breakIt, error] of failures) {
    it(`${name}: mirrors become unknown (never down), polls back off, the page's status ignores them`, async () => {
      await breakIt();
      const { consecutiveFailures } = await prisma.upstream.findUniqueOrThrow({ where: { id: upstreamId } });
      await pollAgain();
      const upstream = await prisma.upstream.findUniqueOrThrow({ where: { id: upstreamId } });
      expect(upstream.lastError).toMatch(error);
      expect(upstream.consecutiveFailures).toBe(consecutiveFailures + 1);
      const delay = (upstream.nextPollAt.getTime() - clock.now().getTime()) / 1000;
      expect(delay).toBe(Math.min(600, 60 * 2 ** upstream.consecutiveFailures));
      for (const id of Object.values(ids)) expect((await mirrorOf(id)).unavailable).toBe(true);
      expect(await statusOf(ids.git)).toBe("major_outage"); // the last status read, untouched
      if (name === "a 10 MB body") expect(server.hugeBodyBytesWritten).toBeLessThan(5 * 1024 * 1024);

      const model = await loadPublicModel(clock.now());
      const page = statusPageOfModel(model, clock.now());
      expect(page.overall.indicator).toBe("none");
      const row = page.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).find((c) => c.id === ids.git);
      expect(row?.thirdParty).toMatchObject({ vendor: "GitHub", unavailable: true });
      const v2 = renderComponents(statuspageSnapshotOfModel(model, clock.now())).find((c) => c.id === ids.git);
      expect(v2?.description).toMatch(/^Third-party: GitHub \(.+\)\. Status unavailable from GitHub\./);
      expect(createContractValidator()("summary", renderSummary(statuspageSnapshotOfModel(model, clock.now())))).toEqual([]);
      server.mode = "ok";
      await prisma.upstream.update({ where: { id: upstreamId }, data: { url: server.url } });
    });
  }

  it("recovers on the next good poll and backs off at most ten minutes", async () => {
    await pollAgain();
    const upstream = await prisma.upstream.findUniqueOrThrow({ where: { id: upstreamId } });
    expect(upstream).toMatchObject({ consecutiveFailures: 0, lastError: null });
    expect((await mirrorOf(ids.git)).unavailable).toBe(false);
    const model = await loadPublicModel(clock.now());
    expect(statusPageOfModel(model, clock.now()).overall.indicator).toBe("critical");
  });

  it("opens a linked incident when the admin asked for it, and resolves it with the vendor", async () => {
    const updated = await updateUpstream({ actor: TEST_ADMIN }, upstreamId, {
      name: "GitHub",
      intervalSeconds: "60",
      openIncidents: "on",
      notifySubscribers: "",
    });
    expect(updated.ok).toBe(true);
    serve({
      statuses: { [GIT.id]: "partial_outage" },
      indicator: "major",
      incidents: [{ id: "gh-2", name: "Elevated error rates", componentIds: [GIT.id], updates: ["We are investigating."] }],
    });
    await pollAgain();
    const linked = await prisma.incident.findFirstOrThrow({
      where: { upstreamIncidentId: "gh-2" },
      include: { components: true, updates: true },
    });
    expect(linked.name).toBe("Upstream: GitHub — Elevated error rates");
    expect(linked.status).toBe("investigating");
    expect(linked.components.map((c) => c.componentId).sort()).toEqual([ids.git, ids.page].sort());
    expect(linked.updates[0].body).toContain("We are investigating.");
    expect(linked.updates[0].body).toContain("https://stspg.io/gh-2");
    expect(linked.updates[0].deliverNotifications).toBe(false);
    await pollAgain(); // the same vendor incident: no second linked incident
    expect(await prisma.incident.count({ where: { upstreamId } })).toBe(1);

    serve({
      statuses: { [GIT.id]: "partial_outage" },
      indicator: "major",
      incidents: [
        { id: "gh-2", name: "Elevated error rates", status: "monitoring", componentIds: [GIT.id], updates: ["A fix is deployed."] },
      ],
    });
    await pollAgain();
    const followed = await prisma.incident.findUniqueOrThrow({
      where: { id: linked.id },
      include: { updates: { orderBy: { createdAt: "desc" } } },
    });
    expect(followed.status).toBe("monitoring");
    expect(followed.updates[0].body).toBe("GitHub: A fix is deployed.");

    serve({ incidents: [{ id: "gh-2", name: "Elevated error rates", status: "resolved", componentIds: [GIT.id] }] });
    await pollAgain();
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: linked.id } })).status).toBe("resolved");
    expect(await statusOf(ids.git)).toBe("operational");
  });

  it("leaves a silenced mirror and a status an admin set by hand alone", async () => {
    const silenced = await setMirrorSilenced({ actor: TEST_ADMIN }, { mirrorId: (await mirrorOf(ids.codespaces)).id, silenced: "on" });
    expect(silenced.ok).toBe(true);
    expect(await statusOf(ids.codespaces)).toBe("operational");
    await prisma.component.update({ where: { id: ids.git }, data: { manualStatus: true } });
    serve({ statuses: { [GIT.id]: "major_outage", [CODESPACES_EU.id]: "major_outage" } });
    await pollAgain();
    expect(await statusOf(ids.git)).toBe("operational");
    expect(await statusOf(ids.codespaces)).toBe("operational");
    expect(await statusOf(ids.page)).toBe("operational");
    expect(await prisma.auditLog.count({ where: { action: "upstream.mirror.silence" } })).toBe(1);
  });
});
