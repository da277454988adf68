import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as responseTimes from "@/app/api/v2/components/[id]/response-times.json/route";
import * as uptimeBadge from "@/app/badge/[ref]/[file]/route";
import * as responseTimeSvg from "@/app/badge/[ref]/response-time.svg/route";
import * as componentBadge from "@/app/badge/[ref]/route";
import * as badgeJson from "@/app/badge.json/route";
import * as badgeSvg from "@/app/badge.svg/route";
import EmbedPage from "@/app/embed/page";
import HistoryPage from "@/app/history/page";
import * as atom from "@/app/history.atom/route";
import * as rss from "@/app/history.rss/route";
import IncidentPage from "@/app/incidents/[id]/page";
import * as calendar from "@/app/maintenance.ics/route";
import StatusPage from "@/app/page";
import SubscribePage from "@/app/subscribe/page";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import { getDatabase, provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { announceStoreChange, noteStoreChange, publicSurfaceBridge } from "@/lib/public-surface/bridge";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { publicModelStats, readPublicModel, startPublicModel, stopPublicModel } from "./hold";
import { loadSavedModel } from "./persist";

// The public routes read the model held in memory, never the store: with the store replaced by one that counts
// (and refuses) every use, every public route still answers, and the count stays 0.

const now = new Date();

/** A store that counts every use and answers none. */
function countingStore(): { db: Database; uses: () => number } {
  let uses = 0;
  const refuse = new Proxy(
    {},
    {
      get(_target, property) {
        if (property === "then") return undefined; // not a thenable: provideDatabase wraps it in a promise
        uses += 1;
        throw new Error("the store was read during a public request");
      },
    },
  );
  return { db: refuse as Database, uses: () => uses };
}

const request = (url: string) => new Request(`http://beacon.test${url}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function answerEveryPublicRoute(componentId: string): Promise<number[]> {
  const answers: Response[] = [];
  for (const route of V2_ROUTES) answers.push(await get(route));
  answers.push(await badgeSvg.GET(request("/badge.svg?style=for-the-badge&label=x")));
  answers.push(await badgeJson.GET(request("/badge.json")));
  answers.push(await componentBadge.GET(request(`/badge/${componentId}.svg`), params({ ref: `${componentId}.svg` })));
  answers.push(await uptimeBadge.GET(request(`/badge/${componentId}/uptime.svg?days=7`), params({ ref: componentId, file: "uptime.svg" })));
  answers.push(await responseTimeSvg.GET(request(`/badge/${componentId}/response-time.svg`), params({ ref: componentId })));
  answers.push(
    await responseTimes.GET(request(`/api/v2/components/${componentId}/response-times.json?range=7d`), params({ id: componentId })),
  );
  answers.push(
    await atom.GET(request("/history.atom")),
    await rss.GET(request("/history.rss")),
    await calendar.GET(request("/maintenance.ics")),
  );
  // The pages: each page function reads its data and returns the tree (a missing incident would throw notFound()).
  const model = await readPublicModel();
  const search = (values: Record<string, string>) => ({ searchParams: Promise.resolve(values) });
  await StatusPage();
  await EmbedPage(search({ theme: "dark" }));
  await HistoryPage(search({ page: "1" }));
  await IncidentPage(params({ id: model.incidents[0].id }));
  await SubscribePage();
  return answers.map((a) => a.status);
}

describe.each(DATABASE_KINDS)("the public read model on %s", (kind) => {
  let dispose: () => Promise<void>;
  let store: Database;
  let dir: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    store = await getDatabase();
  });
  afterAll(() => dispose());
  afterEach(() => {
    stopPublicModel();
    provideDatabase(store);
  });

  it("answers every public route with the store unread: 0 store uses during public requests", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-"));
    await startPublicModel(dir);
    const model = await readPublicModel();
    const component = model.components.find((c) => c.showcase)!;
    const counting = countingStore();
    provideDatabase(counting.db);
    const statuses = await answerEveryPublicRoute(component.id);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(counting.uses()).toBe(0);
  });

  it("follows the store's change notices: a new incident is in the model after one read", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-"));
    await startPublicModel(dir);
    await readPublicModel();
    const before = publicModelStats()!.reads;
    const prisma = store.prisma;
    const incident = await prisma.incident.create({
      data: { name: "Read model check", status: "investigating", impact: "minor", startedAt: new Date() },
    });
    const version = publicSurfaceBridge().version;
    announceStoreChange();
    await expect.poll(() => publicSurfaceBridge().version, { timeout: 10_000 }).toBeGreaterThan(version);
    expect((await readPublicModel()).incidents.map((i) => i.id)).toContain(incident.id);
    expect(publicModelStats()!.reads).toBeGreaterThan(before);
    await prisma.incident.delete({ where: { id: incident.id } });
  });

  it("reads only the incident a notice names, into a model sharing the rest", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-"));
    await startPublicModel(dir);
    const before = await readPublicModel();
    const { reads, changeReads } = publicModelStats()!;
    const incident = before.incidents[0];
    await store.prisma.incident.update({ where: { id: incident.id }, data: { name: "Renamed by a change read" } });
    const version = publicSurfaceBridge().version;
    noteStoreChange(`Incident:${incident.id}`);
    announceStoreChange();
    await expect.poll(() => publicSurfaceBridge().version, { timeout: 10_000 }).toBeGreaterThan(version);
    const after = await readPublicModel();
    expect(after.incidents.find((i) => i.id === incident.id)?.name).toBe("Renamed by a change read");
    expect(after.components).toBe(before.components);
    expect(publicModelStats()).toMatchObject({ reads, changeReads: changeReads + 1 });
    await store.prisma.incident.update({ where: { id: incident.id }, data: { name: incident.name } });
  });

  it("a change does not wait for the monitors' totals: they are read on their own once changes pause", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-"));
    await startPublicModel(dir);
    const before = await readPublicModel();
    const { changeReads } = publicModelStats()!;
    const incident = before.incidents[0];
    const component = before.components.find((c) => c.showcase)!;
    vi.useFakeTimers({ toFake: ["Date"] });
    let monitorId: string | undefined;
    try {
      await store.prisma.incident.update({ where: { id: incident.id }, data: { name: "Renamed while the totals are due" } });
      vi.setSystemTime(Date.now() + 61_000); // the totals read at start are a minute old: due again
      noteStoreChange(`Incident:${incident.id}`);
      announceStoreChange();
      await expect.poll(() => publicModelStats()!.changeReads, { timeout: 10_000 }).toBe(changeReads + 1);
      const changed = await readPublicModel();
      expect(changed.incidents.find((i) => i.id === incident.id)?.name).toBe("Renamed while the totals are due");
      expect(changed.dailyChecks).toBe(before.dailyChecks); // the change alone: the totals were carried over

      vi.setSystemTime(Date.now() + 6_000); // changes have paused: the totals are read on their own
      await expect.poll(() => publicModelStats()!.changeReads, { timeout: 10_000 }).toBe(changeReads + 2);
      const reread = await readPublicModel();
      // Nothing was checked since: the same objects, so no page is outdated by the read.
      expect(reread.dailyChecks).toBe(before.dailyChecks);
      expect(reread.incidents).toBe(changed.incidents);

      // A monitor's day of checks: the next totals read, a minute later, brings it in.
      const monitor = await store.prisma.monitor.create({
        data: {
          componentId: component.id,
          name: "Totals check",
          kind: "heartbeat",
          intervalSeconds: 60,
          nextCheckAt: new Date(Date.now() + 3_600_000),
        },
      });
      monitorId = monitor.id;
      const day = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);
      await store.prisma.monitorRollup.create({ data: { monitorId, granularity: "day", periodStart: day, checks: 1440, failures: 3 } });
      vi.setSystemTime(Date.now() + 61_000);
      await expect.poll(() => publicModelStats()!.changeReads, { timeout: 10_000 }).toBe(changeReads + 3);
      const after = await readPublicModel();
      expect(after.dailyChecks).not.toBe(before.dailyChecks);
      expect(after.dailyChecks).toContainEqual(expect.objectContaining({ componentId: component.id, checks: 1440, failures: 3 }));
    } finally {
      vi.useRealTimers();
      if (monitorId) await store.prisma.monitor.delete({ where: { id: monitorId } });
      await store.prisma.incident.update({ where: { id: incident.id }, data: { name: incident.name } });
    }
  });

  it("keeps the model on disk, and a start with the store down serves it before trying the store", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-"));
    await startPublicModel(dir);
    const held = await readPublicModel();
    await expect.poll(async () => (await loadSavedModel(dir))?.asOf.getTime(), { timeout: 5_000 }).toBe(held.asOf.getTime());
    stopPublicModel();

    const counting = countingStore();
    provideDatabase(counting.db);
    const startedAt = performance.now();
    await startPublicModel(dir);
    const restored = await readPublicModel();
    expect(performance.now() - startedAt).toBeLessThan(5_000);
    expect(restored.incidents.map((i) => i.id)).toEqual(held.incidents.map((i) => i.id));
    const component = restored.components.find((c) => c.showcase)!;
    expect((await answerEveryPublicRoute(component.id)).every((status) => status === 200)).toBe(true);
  });
});
