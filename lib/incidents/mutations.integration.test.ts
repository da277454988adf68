import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { addIncidentUpdate } from "./add-update";
import { createIncident } from "./create";
import { deleteIncidentUpdate, editIncidentUpdate } from "./edit-update";
import { publishPostmortem } from "./publish-postmortem";
import { resolveIncident } from "./resolve";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: null, label: "alice@example.com" };
// displayAt may not be in the future, so the timelines here end before the real clock's now.
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("incident mutations on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  async function componentId(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  }
  async function setComponentStatus(slug: string, status: ComponentStatus) {
    await (await getPrisma()).component.update({ where: { slug }, data: { status } });
  }
  async function openIncident(extra: Record<string, unknown> = {}) {
    return dataOf(
      await createIncident({ actor: alice }, { name: "Checkout errors", impact: "major", message: "Investigating.", ...extra }),
    );
  }
  async function counts() {
    const prisma = await getPrisma();
    return {
      incidents: await prisma.incident.count(),
      updates: await prisma.incidentUpdate.count(),
      statusChanges: await prisma.componentStatusChange.count(),
      audits: await prisma.auditLog.count(),
    };
  }

  it("creating an incident sets its components' status and records history and an audit row", async () => {
    const prisma = await getPrisma();
    const [api, frontend] = [await componentId("backend-api"), await componentId("frontend")];
    const displayAt = minutesAgo(30);
    const { incident, update } = await openIncident({
      displayAt: displayAt.toISOString(),
      componentStatuses: [
        { componentId: api, status: "major_outage" },
        { componentId: frontend, status: "operational" },
      ],
    });

    expect(incident).toMatchObject({ status: "investigating", startedAt: displayAt, identifiedAt: null, resolvedAt: null });
    expect((await prisma.component.findUniqueOrThrow({ where: { id: api } })).status).toBe("major_outage");
    expect(update.componentChanges).toEqual([{ componentId: api, oldStatus: "operational", newStatus: "major_outage" }]);
    const links = await prisma.incidentComponent.findMany({ where: { incidentId: incident.id } });
    expect(links.map((l) => l.componentId).sort()).toEqual([api, frontend].sort());
    const history = await prisma.componentStatusChange.findMany({ where: { incidentId: incident.id } });
    expect(history).toMatchObject([{ componentId: api, status: "major_outage", cause: "incident", changedAt: displayAt }]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "incident.create", entityId: incident.id } });
    expect(audit).toMatchObject({
      actorType: "user",
      actorId: null,
      actorLabel: "alice@example.com",
      entityType: "incident",
      before: null,
    });
    expect(audit.after).toMatchObject({ name: "Checkout errors", status: "investigating", startedAt: displayAt.toISOString() });
    await setComponentStatus("backend-api", "operational");
  });

  it("posting identified, monitoring then resolved walks the status and sets identifiedAt, monitoringAt and resolvedAt", async () => {
    const { incident } = await openIncident({ displayAt: minutesAgo(60).toISOString() });
    const steps = [
      ["identified", 45],
      ["monitoring", 30],
      ["resolved", 15],
    ] as const;
    let latest = incident;
    for (const [status, ago] of steps) {
      latest = dataOf(
        await addIncidentUpdate({ actor: alice }, incident.id, {
          status,
          message: `Now ${status}.`,
          displayAt: minutesAgo(ago).toISOString(),
        }),
      ).incident;
      expect(latest.status).toBe(status);
    }
    const updates = await (await getPrisma()).incidentUpdate.findMany({
      where: { incidentId: incident.id },
      orderBy: { displayAt: "asc" },
    });
    expect(latest).toMatchObject({
      identifiedAt: updates[1].displayAt,
      monitoringAt: updates[2].displayAt,
      resolvedAt: updates[3].displayAt,
    });
  });

  it("resolving with restoreComponents returns the affected components to operational", async () => {
    const prisma = await getPrisma();
    const [xero, shopify] = [await componentId("xero"), await componentId("shopify")];
    const { incident } = await openIncident({
      componentStatuses: [
        { componentId: xero, status: "partial_outage" },
        { componentId: shopify, status: "major_outage" },
      ],
    });
    const { incident: resolved, update } = dataOf(await resolveIncident({ actor: alice }, incident.id, { message: "Fixed." }));

    expect(resolved.status).toBe("resolved");
    expect(update.componentChanges.map((c) => [c.componentId, c.newStatus]).sort()).toEqual(
      [
        [xero, "operational"],
        [shopify, "operational"],
      ].sort(),
    );
    const statuses = await prisma.component.findMany({ where: { id: { in: [xero, shopify] } }, select: { status: true } });
    expect(statuses.map((c) => c.status)).toEqual(["operational", "operational"]);
  });

  it("resolving without restoreComponents leaves the components as they are", async () => {
    const unleashed = await componentId("unleashed");
    const { incident } = await openIncident({ componentStatuses: [{ componentId: unleashed, status: "degraded_performance" }] });
    const { update } = dataOf(await resolveIncident({ actor: alice }, incident.id, { message: "Vendor issue.", restoreComponents: false }));
    expect(update.componentChanges).toEqual([]);
    expect((await (await getPrisma()).component.findUniqueOrThrow({ where: { id: unleashed } })).status).toBe("degraded_performance");
    await setComponentStatus("unleashed", "operational");
  });

  it("a back-dated update does not change the current status", async () => {
    const { incident } = await openIncident({ displayAt: minutesAgo(60).toISOString() });
    dataOf(
      await addIncidentUpdate({ actor: alice }, incident.id, {
        status: "monitoring",
        message: "Fix out.",
        displayAt: minutesAgo(10).toISOString(),
      }),
    );
    const backDated = minutesAgo(40);
    const { incident: after } = dataOf(
      await addIncidentUpdate({ actor: alice }, incident.id, {
        status: "identified",
        message: "Found at the time.",
        displayAt: backDated.toISOString(),
      }),
    );
    expect(after.status).toBe("monitoring");
    expect(after.identifiedAt).toEqual(backDated);
  });

  it("a stale expectedUpdatedAt is refused with conflict and nothing is written", async () => {
    const { incident } = await openIncident();
    const first = dataOf(
      await addIncidentUpdate({ actor: alice }, incident.id, {
        status: "identified",
        message: "Found it.",
        expectedUpdatedAt: incident.updatedAt.toISOString(),
      }),
    );
    expect(first.incident.updatedAt.getTime()).toBeGreaterThan(incident.updatedAt.getTime());
    const before = await counts();
    const stale = await addIncidentUpdate({ actor: alice }, incident.id, {
      status: "monitoring",
      message: "Stale form.",
      expectedUpdatedAt: incident.updatedAt.toISOString(),
    });
    expect(stale).toEqual({
      ok: false,
      error: { code: "conflict", message: "The incident changed since you loaded it; reload and try again" },
    });
    expect(await counts()).toEqual(before);
    expect((await (await getPrisma()).incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("identified");
  });

  it("two updates posted at once are both saved, each with the component's true old status", { timeout: 60_000 }, async () => {
    const amazon = await componentId("amazon");
    const { incident } = await openIncident({ componentStatuses: [{ componentId: amazon, status: "degraded_performance" }] });
    const [a, b] = await Promise.all([
      addIncidentUpdate({ actor: alice }, incident.id, {
        status: "identified",
        message: "A",
        componentStatuses: [{ componentId: amazon, status: "partial_outage" }],
      }),
      addIncidentUpdate({ actor: alice }, incident.id, {
        status: "identified",
        message: "B",
        componentStatuses: [{ componentId: amazon, status: "major_outage" }],
      }),
    ]);
    const [first, second] = [dataOf(a), dataOf(b)].sort((x, y) => x.incident.updatedAt.getTime() - y.incident.updatedAt.getTime());
    expect(second.update.componentChanges[0].oldStatus).toBe(first.update.componentChanges[0].newStatus);
    expect(first.update.componentChanges[0].oldStatus).toBe("degraded_performance");
    const bodies = (await (await getPrisma()).incidentUpdate.findMany({ where: { incidentId: incident.id } })).map((u) => u.body);
    expect(bodies.sort()).toEqual(["A", "B", "Investigating."]);
    await setComponentStatus("amazon", "operational");
  });

  it("an unknown componentId is a validation error naming the field and nothing is written", async () => {
    const before = await counts();
    const api = await componentId("backend-api");
    const result = await createIncident(
      { actor: alice },
      {
        name: "Ghost",
        impact: "minor",
        message: "Boo.",
        componentStatuses: [
          { componentId: api, status: "major_outage" },
          { componentId: "no-such-component", status: "major_outage" },
        ],
      },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "componentStatuses.1.componentId": ["componentId names no component"] } },
    });
    expect(await counts()).toEqual(before);
    expect((await (await getPrisma()).component.findUniqueOrThrow({ where: { id: api } })).status).toBe("operational");
  });

  it("a 70 KiB message is refused naming the field", async () => {
    const before = await counts();
    const result = await createIncident({ actor: alice }, { name: "Long", impact: "minor", message: "x".repeat(70 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: "validation", fields: { message: ["message must be at most 64 KiB"] } } });
    expect(await counts()).toEqual(before);
  });

  it("publishing a postmortem on an open incident is refused, on a resolved one sets status postmortem", async () => {
    const { incident } = await openIncident();
    const early = await publishPostmortem({ actor: alice }, incident.id, { body: "Too soon." });
    expect(early).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
    dataOf(await resolveIncident({ actor: alice }, incident.id, { message: "Fixed." }));
    const published = dataOf(await publishPostmortem({ actor: alice }, incident.id, { body: "## What happened" }));
    expect(published).toMatchObject({ status: "postmortem", postmortemBody: "## What happened" });
    expect(published.postmortemPublishedAt).toBeInstanceOf(Date);
    const reopen = await addIncidentUpdate({ actor: alice }, incident.id, { status: "investigating", message: "Again?" });
    expect(reopen).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
    const note = dataOf(await addIncidentUpdate({ actor: alice }, incident.id, { status: "resolved", message: "Follow-up." }));
    expect(note.incident.status).toBe("postmortem");
  });

  it("stores a markdown body with <script> verbatim", async () => {
    const message = "Hello <script>alert(1)</script> **world**";
    const { update } = await openIncident({ message });
    expect((await (await getPrisma()).incidentUpdate.findUniqueOrThrow({ where: { id: update.id } })).body).toBe(message);
  });

  it("editing an update changes only its body and refuses a stale edit", async () => {
    const { update } = await openIncident({ message: "Investigatign." });
    const edited = dataOf(
      await editIncidentUpdate({ actor: alice }, update.id, {
        message: "Investigating.",
        expectedUpdatedAt: update.updatedAt.toISOString(),
      }),
    );
    expect(edited).toMatchObject({ body: "Investigating.", status: update.status, displayAt: update.displayAt });
    const stale = await editIncidentUpdate({ actor: alice }, update.id, {
      message: "Again",
      expectedUpdatedAt: update.updatedAt.toISOString(),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({ where: { action: "incident.update.edit", entityId: update.id } });
    expect([audit.before, audit.after]).toMatchObject([{ body: "Investigatign." }, { body: "Investigating." }]);
  });

  it("deleting an update re-derives the status and the only update can't be deleted", async () => {
    const { incident, update } = await openIncident();
    expect(await deleteIncidentUpdate({ actor: alice }, update.id)).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
    const monitoring = dataOf(await addIncidentUpdate({ actor: alice }, incident.id, { status: "monitoring", message: "Watching." }));
    expect(monitoring.incident.status).toBe("monitoring");
    const after = dataOf(await deleteIncidentUpdate({ actor: alice }, monitoring.update.id));
    expect(after).toMatchObject({ status: "investigating", monitoringAt: null });
    expect(await (await getPrisma()).auditLog.count({ where: { action: "incident.update.delete", entityId: monitoring.update.id } })).toBe(
      1,
    );
  });

  it("refuses updates to an incident that does not exist", async () => {
    expect(await addIncidentUpdate({ actor: alice }, "no-such-incident", { status: "identified", message: "?" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await deleteIncidentUpdate({ actor: alice }, "no-such-update")).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
