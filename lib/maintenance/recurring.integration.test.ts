import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { buildCalendar } from "@/lib/feeds/build-calendar";
import { maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { loadPublicModel } from "@/lib/public-model/load";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { advanceDueMaintenances } from "./advance";
import { createMaintenance } from "./create";
import { endMaintenanceSeries } from "./end-series";

// A weekly maintenance on Sundays at 02:30 in Berlin, across the spring DST change (29 March 2026): each occurrence
// is its own row, added a horizon ahead, started and completed by the scheduler on its own. The clock is injected.

const alice: Actor = { type: "user", id: null, label: "alice@example.com" };
const at = (iso: string) => new Date(iso);
const SUNDAYS = "FREQ=WEEKLY;BYDAY=SU";

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("recurring maintenance on %s", (kind) => {
  let dispose: () => Promise<void>;
  let seriesId: string;
  let componentId: string;
  let subscriberId: string;
  const created = at("2026-03-10T12:00:00Z");

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, created));
    const prisma = await getPrisma();
    await prisma.scheduledMaintenance.deleteMany(); // the demo's own maintenance would fall due too
    await prisma.pageSettings.updateMany({ data: { timeZone: "Europe/Berlin" } });
    subscriberId = (
      await prisma.subscriber.create({
        data: { channel: "webhook", webhookUrl: "https://hooks.example.com/x", componentIds: [], groupIds: [], confirmedAt: created },
      })
    ).id;
    componentId = (await prisma.component.findUniqueOrThrow({ where: { slug: "backend-api" } })).id;
  });
  afterAll(() => dispose());

  async function seriesRows() {
    const prisma = await getPrisma();
    return prisma.scheduledMaintenance.findMany({
      where: { OR: [{ id: seriesId }, { seriesId }] },
      orderBy: { scheduledFor: "asc" },
      include: { components: true, updates: true },
    });
  }
  const starts = async () => (await seriesRows()).map((m) => m.scheduledFor.toISOString());

  it("a rule that is not an RRULE, or repeats before the window ends, is refused naming the recurrence field", async () => {
    const window = { name: "Weekly", message: "m", componentIds: [], scheduledFor: "2026-03-15T01:30:00Z" };
    for (const [recurrence, until] of [
      ["FREQ=SOMETIMES", "2026-03-15T03:30:00Z"],
      ["FREQ=DAILY", "2026-03-16T03:30:00Z"],
    ]) {
      const result = await createMaintenance({ actor: alice, now: created }, { ...window, recurrence, scheduledUntil: until });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.fields?.recurrence?.[0]).toMatch(/^recurrence /);
    }
  });

  it("scheduling with a rule stores it in the page's time zone and adds the occurrences within the horizon", async () => {
    const done = dataOf(
      await createMaintenance(
        { actor: alice, now: created },
        {
          name: "Weekly patching",
          message: "Kernel updates; expect short interruptions.",
          componentIds: [componentId],
          scheduledFor: "2026-03-15T02:30:00+01:00",
          scheduledUntil: "2026-03-15T04:30:00+01:00",
          recurrence: "RRULE:FREQ=WEEKLY;BYDAY=SU",
        },
      ),
    );
    seriesId = done.maintenance.id;
    expect(done.maintenance).toMatchObject({ recurrence: SUNDAYS, recurrenceTimeZone: "Europe/Berlin", seriesId: null });
    // 14 days ahead of 10 March: the first occurrence and the next Sunday.
    expect(await starts()).toEqual(["2026-03-15T01:30:00.000Z", "2026-03-22T01:30:00.000Z"]);
    const [, next] = await seriesRows();
    expect(next).toMatchObject({ name: "Weekly patching", seriesId, status: "scheduled", autoStart: true, autoComplete: true });
    expect(next.scheduledUntil.toISOString()).toBe("2026-03-22T03:30:00.000Z");
    expect(next.components.map((c) => c.componentId)).toEqual([componentId]);
    expect(next.updates.map((u) => [u.status, u.body])).toEqual([["scheduled", "Kernel updates; expect short interruptions."]]);
    const prisma = await getPrisma();
    // Subscribers hear of each occurrence, as of any scheduled maintenance.
    expect(await prisma.notificationDelivery.count({ where: { subscriberId } })).toBe(2);
    const audits = await prisma.auditLog.findMany({ where: { entityId: next.id } });
    expect(audits.map((a) => [a.action, a.actorLabel])).toEqual([["maintenance.create", "alice@example.com"]]);
  });

  it("the scheduler starts and completes each occurrence on its own and keeps 02:30 Berlin time after DST", async () => {
    const prisma = await getPrisma();
    const first = await advanceDueMaintenances(at("2026-03-15T01:30:00Z"));
    expect(first.started.map((m) => m.id)).toEqual([seriesId]);
    expect(first.added).toHaveLength(1); // 29 March came within the horizon
    // 02:30 does not exist on 29 March (02:00 → 03:00 CEST): it moves forward to 03:30 CEST, as clocks do.
    expect((await starts()).slice(2)).toEqual(["2026-03-29T01:30:00.000Z"]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: first.added[0].id } });
    expect([audit.action, audit.actorType]).toEqual(["maintenance.create", "system"]);

    const completed = await advanceDueMaintenances(at("2026-03-15T03:30:00Z"));
    expect(completed.completed.map((m) => m.id)).toEqual([seriesId]);
    const rows = await seriesRows();
    expect(rows.map((m) => m.status)).toEqual(["completed", "scheduled", "scheduled"]);

    const second = await advanceDueMaintenances(at("2026-03-22T01:30:00Z"));
    expect(second.started.map((m) => m.id)).toEqual([rows[1].id]);
    expect((await advanceDueMaintenances(at("2026-03-22T03:30:00Z"))).completed.map((m) => m.id)).toEqual([rows[1].id]);
    // After the change to summer time the occurrences are at 02:30 CEST, i.e. 00:30 UTC.
    expect((await starts()).slice(3)).toEqual(["2026-04-05T00:30:00.000Z"]);
    expect((await seriesRows()).map((m) => m.status)).toEqual(["completed", "completed", "scheduled", "scheduled"]);
  });

  it("two schedulers ticking at once add each occurrence once", async () => {
    const tick = at("2026-03-29T12:00:00Z");
    const [a, b] = await Promise.all([advanceDueMaintenances(tick), advanceDueMaintenances(tick)]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    const all = await starts();
    expect(all.slice(3)).toEqual(["2026-04-05T00:30:00.000Z", "2026-04-12T00:30:00.000Z"]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("the public model carries each occurrence, and the iCal feed one event with the RRULE instead of duplicates", async () => {
    const now = at("2026-03-29T12:00:00Z");
    const model = await loadPublicModel(now);
    const rows = await seriesRows();
    expect(model.maintenances.filter((m) => m.seriesId === seriesId)).toHaveLength(rows.length - 1);
    const events = Object.values(ical.sync.parseICS(buildCalendar(maintenanceCalendarOfModel(model, now)))).filter(
      (e): e is VEvent => e?.type === "VEVENT",
    );
    expect(events.map((e) => e.uid.split("@")[0])).toEqual([seriesId]);
    expect(events[0].rrule?.toString()).toContain("FREQ=WEEKLY;BYDAY=SU");
    // Expanded by a calendar app: the occurrence after DST is at 02:30 Berlin time (00:30 UTC), as Beacon's row is.
    const april = events[0].rrule?.between(at("2026-04-01T00:00:00Z"), at("2026-04-06T00:00:00Z")) ?? [];
    expect(april).toHaveLength(1);
  });

  it("stopping a series adds no more occurrences and keeps those already scheduled, audited", async () => {
    const before = await starts();
    const ended = await endMaintenanceSeries({ actor: alice, now: at("2026-03-30T08:00:00Z") }, seriesId);
    expect(ended.ok && ended.data.recurrence).toBeNull();
    expect((await advanceDueMaintenances(at("2026-04-20T12:00:00Z"))).added).toEqual([]);
    expect((await starts()).slice(0, before.length)).toEqual(before);
    const prisma = await getPrisma();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "maintenance.end_series", entityId: seriesId } });
    expect(audit.actorLabel).toBe("alice@example.com");
    const again = await endMaintenanceSeries({ actor: alice }, seriesId);
    expect(again.ok || again.error.code).toBe("invalid_transition");
  });
});
