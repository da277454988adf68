import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createIncident } from "./create";
import { deleteIncident } from "./delete";
import { editIncident } from "./edit";
import { recordPastIncident } from "./record-past";

const now = new Date("2026-11-24T12:00:00Z");
const owner: Actor = { type: "user", id: null, label: "owner@example.com" };
const ctx = { actor: owner, now };
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

async function apiIncidents(): Promise<{ id: string; name: string; impact: string; status: string; components: { name: string }[] }[]> {
  const response = await get(V2_ROUTES.find((route) => route.path === "/api/v2/incidents.json")!);
  expect(response.status).toBe(200);
  return (await response.json()).incidents;
}

describe.each(DATABASE_KINDS)("editing, deleting and back-dating incidents on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  const componentId = async (slug: string) => (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;

  it("an edited incident shows its new name, impact and components on the status page and in the API, audited", async () => {
    const [api, frontend] = [await componentId("backend-api"), await componentId("frontend")];
    const { incident } = dataOf(
      await createIncident(ctx, {
        name: "Chekout erors",
        impact: "minor",
        message: "Looking.",
        componentStatuses: [{ componentId: api, status: "degraded_performance" }],
        deliverNotifications: false,
      }),
    );

    const edited = dataOf(await editIncident(ctx, incident.id, { name: "Checkout errors", impact: "major", componentIds: [frontend] }));
    expect(edited).toMatchObject({ name: "Checkout errors", impact: "major", status: "investigating" });

    const active = (await getStatusPage(now)).activeIncidents.find((i) => i.id === incident.id);
    expect(active).toMatchObject({ name: "Checkout errors", impact: "major" });
    const listed = (await apiIncidents()).find((i) => i.id === incident.id);
    expect(listed).toMatchObject({ name: "Checkout errors", impact: "major" });
    expect(listed?.components.map((c) => c.name)).toEqual(["Frontend"]);
    // What happened to the Backend API still happened: its status is not rewritten by an edit.
    expect((await (await getPrisma()).component.findUniqueOrThrow({ where: { id: api } })).status).toBe("degraded_performance");

    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({ where: { action: "incident.edit", entityId: incident.id } });
    expect(audit.before).toEqual({ name: "Chekout erors", impact: "minor", componentIds: [api] });
    expect(audit.after).toEqual({ name: "Checkout errors", impact: "major", componentIds: [frontend] });
    await (await getPrisma()).component.update({ where: { id: api }, data: { status: "operational" } });
    dataOf(await deleteIncident(ctx, incident.id));
  });

  it("an edit from a stale form, to an unknown component or with a blank name is refused, naming the field", async () => {
    const { incident } = dataOf(
      await createIncident(ctx, { name: "Slow search", impact: "minor", message: "Looking.", deliverNotifications: false }),
    );
    expect(await editIncident(ctx, incident.id, { name: " ", impact: "minor" })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { name: ["name is required"] } },
    });
    expect(await editIncident(ctx, incident.id, { name: "Slow search", impact: "minor", componentIds: ["nope"] })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { componentIds: [expect.stringContaining("does not exist")] } },
    });
    const stale = { name: "Slow search", impact: "minor", expectedUpdatedAt: new Date(0).toISOString() };
    expect(await editIncident(ctx, incident.id, stale)).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await editIncident(ctx, "missing", { name: "x", impact: "minor" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    dataOf(await deleteIncident(ctx, incident.id));
  });

  it("a deleted incident leaves the status page and the API, notifies nobody and is kept whole in the audit log", async () => {
    const prisma = await getPrisma();
    const { incident } = dataOf(await createIncident(ctx, { name: "Opened by mistake", impact: "major", message: "Oops." }));
    const notifications = await prisma.notification.count();
    expect((await getStatusPage(now)).activeIncidents.map((i) => i.id)).toContain(incident.id);

    dataOf(await deleteIncident(ctx, incident.id));

    expect((await getStatusPage(now)).activeIncidents.map((i) => i.id)).not.toContain(incident.id);
    expect((await apiIncidents()).map((i) => i.id)).not.toContain(incident.id);
    expect(await prisma.incidentUpdate.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await prisma.notification.count()).toBe(notifications);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "incident.delete", entityId: incident.id } });
    expect(audit.after).toBeNull();
    expect(audit.before).toMatchObject({ name: "Opened by mistake", updates: [{ status: "investigating", body: "Oops." }] });
    expect(await deleteIncident(ctx, incident.id)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("a past incident takes its dates and its derived status from its back-dated updates, and notifies nobody", async () => {
    const prisma = await getPrisma();
    const api = await componentId("backend-api");
    const notifications = await prisma.notification.count();
    const updates = [
      // Out of order on purpose: the timeline, not the order typed, decides.
      { status: "resolved", message: "Fixed.", displayAt: hoursBefore(46).toISOString() },
      { status: "investigating", message: "Errors on checkout.", displayAt: hoursBefore(48).toISOString() },
      { status: "identified", message: "A bad deploy.", displayAt: hoursBefore(47).toISOString() },
    ];
    const incident = dataOf(await recordPastIncident(ctx, { name: "Imported outage", impact: "major", componentIds: [api], updates }));

    expect(incident).toMatchObject({
      status: "resolved",
      startedAt: hoursBefore(48),
      identifiedAt: hoursBefore(47),
      resolvedAt: hoursBefore(46),
    });
    expect(await prisma.notification.count()).toBe(notifications);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api } })).status).toBe("operational");

    const view = await getStatusPage(now);
    expect(view.activeIncidents.map((i) => i.id)).not.toContain(incident.id);
    const day = view.pastDays.find((d) => d.incidents.some((i) => i.id === incident.id));
    expect(day?.incidents.find((i) => i.id === incident.id)).toMatchObject({ status: "resolved", latestUpdate: { body: "Fixed." } });
    const listed = (await apiIncidents()).find((i) => i.id === incident.id);
    expect(listed).toMatchObject({ name: "Imported outage", status: "resolved" });
    expect(listed?.components.map((c) => c.name)).toEqual(["Backend API"]);
    expect(await prisma.auditLog.count({ where: { action: "incident.record_past", entityId: incident.id } })).toBe(1);
  });

  it("a past incident refuses an update dated after now, naming it", async () => {
    const updates = [{ status: "investigating", message: "Later.", displayAt: new Date(now.getTime() + 60_000).toISOString() }];
    expect(await recordPastIncident(ctx, { name: "Future", impact: "minor", updates })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "updates.0.displayAt": ["displayAt must be in the past"] } },
    });
    expect(await recordPastIncident(ctx, { name: "Empty", impact: "minor", updates: [] })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { updates: ["updates needs at least one update"] } },
    });
  });
});
