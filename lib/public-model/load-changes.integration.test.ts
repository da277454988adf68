import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/database";
import { PUBLIC_CHANGE_CHANNEL } from "@/lib/public-surface/start-change-feed";
import { addNotice, isEmptyStoreChange, noStoreChange, type StoreChange } from "@/lib/public-surface/store-change";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { loadPublicModel } from "./load";
import { loadChangedModel } from "./load-changes";
import type { PublicModel } from "./model";

// A change read into the held model gives exactly the model a whole read gives at the same instant, from the
// notices the store's triggers really send; and it shares what did not change with the model before it.

const now = new Date();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the store's notices name for `write`: the payloads of its commit, gathered as the model gathers them. */
async function noticesOf(db: Database, write: () => Promise<unknown>): Promise<StoreChange> {
  const change = noStoreChange();
  let healthy = false;
  const stop = db.followChanges(PUBLIC_CHANGE_CHANNEL, {
    onChange: (payload) => (payload ? addNotice(change, payload) : undefined), // none: the resync after connecting
    onHealth: (ok) => void (healthy ||= ok),
  });
  try {
    await vi.waitFor(() => expect(healthy).toBe(true));
    await sleep(100); // PGlite says healthy before its LISTEN is in place
    await write();
    await vi.waitFor(() => expect(isEmptyStoreChange(change)).toBe(false));
    await sleep(150); // the commit's other notices
    return change;
  } finally {
    stop();
  }
}

describe.each(DATABASE_KINDS)("a change read into the public model on %s", (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let model: PublicModel;
  beforeAll(async () => {
    ({ db, dispose } = await openDemoDatabase(kind, now));
    // A second incident, so that sharing the unchanged one can be seen.
    await db.prisma.incident.create({
      data: {
        id: "older-incident",
        name: "Older incident",
        status: "resolved",
        impact: "minor",
        startedAt: new Date(now.getTime() - 86_400_000),
      },
    });
    model = await loadPublicModel(now);
  });
  afterAll(() => dispose());

  /** Applies `write`, reads only what its notices name, and checks the result against a whole read. */
  async function expectSameAsWholeRead(write: () => Promise<unknown>): Promise<{ change: StoreChange; changed: PublicModel }> {
    const change = await noticesOf(db, write);
    const changed = await loadChangedModel(model, change, now);
    expect(changed).toEqual(await loadPublicModel(now));
    model = changed;
    return { change, changed };
  }

  it("an update posted to one incident: that incident is read again, the others are shared", async () => {
    const before = model;
    const incident = model.incidents.find((i) => i.id !== "older-incident")!;
    const component = model.components.find((c) => c.showcase)!;
    const { change, changed } = await expectSameAsWholeRead(() =>
      db.prisma.$transaction(async (tx) => {
        const update = await tx.incidentUpdate.create({
          data: {
            incidentId: incident.id,
            status: "monitoring",
            body: "A fix is out; watching.",
            displayAt: new Date(now.getTime() + 60_000),
          },
        });
        await tx.incidentUpdateComponent.create({
          data: { updateId: update.id, componentId: component.id, oldStatus: "major_outage", newStatus: "operational" },
        });
        await tx.incident.update({ where: { id: incident.id }, data: { status: "monitoring", monitoringAt: now } });
      }),
    );
    expect(change.full).toBe(false);
    expect([...change.incidents]).toEqual([incident.id]);
    expect(changed.incidents.find((i) => i.id === "older-incident")).toBe(before.incidents.find((i) => i.id === "older-incident"));
    expect(changed.maintenances).toBe(before.maintenances);
  });

  it("a new incident and a deleted one", async () => {
    await expectSameAsWholeRead(() =>
      db.prisma.incident.create({ data: { id: "newest", name: "Newest", status: "investigating", impact: "major", startedAt: now } }),
    );
    expect(model.incidents[0].id).toBe("newest");
    await expectSameAsWholeRead(() => db.prisma.incident.delete({ where: { id: "newest" } }));
    expect(model.incidents.map((i) => i.id)).not.toContain("newest");
  });

  it("a component renamed and moved: the incidents and maintenances naming it follow", async () => {
    const component = model.components.find((c) => model.incidents.some((i) => i.componentIds.includes(c.id)))!;
    const { change } = await expectSameAsWholeRead(() =>
      db.prisma.component.update({ where: { id: component.id }, data: { name: "Renamed component", position: -1 } }),
    );
    expect(change.components).toBe(true);
    expect(change.full).toBe(false);
  });

  it("a component's status changes, with its history", async () => {
    const component = model.components.find((c) => c.showcase)!;
    await expectSameAsWholeRead(() =>
      db.prisma.$transaction([
        db.prisma.component.update({ where: { id: component.id }, data: { status: "degraded_performance" } }),
        db.prisma.componentStatusChange.create({
          data: { componentId: component.id, status: "degraded_performance", changedAt: now, cause: "manual" },
        }),
      ]),
    );
  });

  it("a maintenance update and the page settings", async () => {
    const maintenance = model.maintenances[0];
    const { change } = await expectSameAsWholeRead(() =>
      db.prisma.maintenanceUpdate.create({
        data: { maintenanceId: maintenance.id, status: "in_progress", body: "Started.", displayAt: new Date(now.getTime() + 120_000) },
      }),
    );
    expect([...change.maintenances]).toEqual([maintenance.id]);
    await expectSameAsWholeRead(() => db.prisma.pageSettings.updateMany({ data: { name: "Renamed page" } }));
    expect(model.page.name).toBe("Renamed page");
  });
});
