import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import { createComponent } from "@/lib/components/create";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { createIncident } from "@/lib/incidents/create";
import { loadPublicModel } from "@/lib/public-model/load";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { openMigratedDatabase } from "@/lib/testing/monitor-fixture";
import { handDrivenPoller, insertMirror, TEST_ADMIN, testClock } from "@/lib/testing/upstream-fixture";
import { addUpstream } from "./create";

const START = new Date("2026-11-29T10:00:00Z");
const summaryRoute = V2_ROUTES.find((r) => r.path === "/api/v2/summary.json")!;

/** Beacon A's real summary.json route handler, served over HTTP on loopback as its production server would. */
async function serveBeaconSummary() {
  const server = http.createServer(async (request, response) => {
    const answer = await get(
      summaryRoute,
      Object.fromEntries(Object.entries(request.headers).filter(([, v]) => typeof v === "string")) as Record<string, string>,
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

// Beacon A (the vendor) runs on Postgres and answers through its real v2 route; Beacon B mirrors it from PGlite.
describe("another Beacon as an upstream, end to end", () => {
  let vendor: { db: Database; dispose: () => Promise<void> };
  let mirror: { db: Database; dispose: () => Promise<void> };
  let served: Awaited<ReturnType<typeof serveBeaconSummary>>;
  beforeAll(async () => {
    vendor = await openMigratedDatabase("postgres");
    mirror = await openMigratedDatabase("pglite");
    provideDatabase(vendor.db); // the process's store is A's: its routes read it
    served = await serveBeaconSummary();
  });
  afterAll(async () => {
    await served.close();
    await mirror.dispose();
    await vendor.dispose();
  });

  it("an incident opened on the other Beacon shows on this page within one poll interval", async () => {
    const api = await createComponent(TEST_ADMIN, { name: "Payments API" });
    expect(api.ok).toBe(true);
    if (!api.ok) return;

    const clock = testClock(START);
    const prisma = mirror.db.prisma;
    const added = await prisma.$transaction((db) =>
      addUpstream(
        { actor: TEST_ADMIN, db, now: clock.now() },
        { url: served.url, name: "Acme Pay", openIncidents: "on" },
        {
          policy: { allowPrivateNetworks: true },
          random: () => 0,
        },
      ),
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    await insertMirror(prisma, added.data.id, "Acme Pay Payments API", "component", api.data.id);
    const poller = handDrivenPoller(prisma, clock);
    await poller.tick();
    const component = () =>
      prisma.component.findFirstOrThrow({ where: { name: "Acme Pay Payments API" }, include: { upstreamMirror: true } });
    expect((await component()).status).toBe("operational");

    const opened = await createIncident(
      { actor: TEST_ADMIN },
      {
        name: "Card payments failing",
        impact: "major",
        message: "We are investigating failed card payments.",
        componentStatuses: [{ componentId: api.data.id, status: "major_outage" }],
      },
    );
    expect(opened.ok).toBe(true);
    clock.advance(60); // one interval
    await poller.tick();

    const mirrored = await component();
    expect(mirrored.status).toBe("major_outage");
    expect(mirrored.upstreamMirror).toMatchObject({ unavailable: false, incidentTitle: "Card payments failing" });
    const linked = await prisma.incident.findFirstOrThrow({ where: { upstreamId: added.data.id } });
    expect(linked.name).toBe("Upstream: Acme Pay — Card payments failing");

    // B's own page, from B's public model.
    provideDatabase(mirror.db);
    try {
      const page = statusPageOfModel(await loadPublicModel(clock.now()), clock.now());
      const row = page.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).find((c) => c.id === mirrored.id);
      expect(row).toMatchObject({
        status: "major_outage",
        thirdParty: { vendor: "Acme Pay", url: served.url, incidentTitle: "Card payments failing" },
      });
      expect(page.activeIncidents.map((i) => i.name)).toEqual(["Upstream: Acme Pay — Card payments failing"]);
    } finally {
      provideDatabase(vendor.db);
    }
  });
});
