import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { resolveIncident } from "@/lib/incidents/resolve";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createComponent } from "./create";
import { deleteComponent } from "./delete";
import { moveComponent } from "./reorder";
import { updateComponent } from "./update";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: "user-alice", label: "alice@example.com" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("component mutations on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  async function groupId(name: string) {
    return (await (await getPrisma()).componentGroup.findFirstOrThrow({ where: { name } })).id;
  }
  async function componentId(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  }
  /** The group's components as [name, position], in page order. */
  async function groupList(name: string) {
    const components = await (await getPrisma()).component.findMany({
      where: { groupId: await groupId(name) },
      orderBy: { position: "asc" },
    });
    return components.map((c) => [c.name, c.position]);
  }
  async function lastAudit(action: string, entityId: string) {
    return (await getPrisma()).auditLog.findFirstOrThrow({ where: { action, entityId }, orderBy: { createdAt: "desc" } });
  }
  const publicNames = async () =>
    (await getStatusPage()).sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).map((c) => c.name);

  it("creating a component adds it at the end of its group with a unique slug, its history and an audit row", async () => {
    const prisma = await getPrisma();
    // The same name in another group is allowed; the slug stays unique across the page.
    const integrations = await groupId("Integrations");
    const component = dataOf(await createComponent(alice, { name: "Backend API", description: "A second API.", groupId: integrations }));

    expect(component).toMatchObject({ slug: "backend-api-2", groupId: integrations, showcase: true, status: "operational" });
    expect(await groupList("Integrations")).toEqual([
      ["Xero", 0],
      ["Shopify", 1],
      ["Amazon", 2],
      ["Unleashed", 3],
      ["Backend API", 4],
    ]);
    const history = await prisma.componentStatusChange.findMany({ where: { componentId: component.id } });
    expect(history).toMatchObject([{ status: "operational", cause: "created", changedAt: component.startDate }]);

    const audit = await lastAudit("component.create", component.id);
    expect(audit).toMatchObject({
      actorType: "user",
      actorId: "user-alice",
      actorLabel: "alice@example.com",
      entityType: "component",
      before: null,
    });
    expect(audit.after).toMatchObject({ name: "Backend API", slug: "backend-api-2", position: 4 });
    dataOf(await deleteComponent(alice, component.id));
  });

  it("a second component with the same name in the same group is refused, naming the field, on create and on rename", async () => {
    const core = await groupId("Core services");
    const duplicate = await createComponent(alice, { name: "backend api ", groupId: core });
    expect(!duplicate.ok && duplicate.error).toMatchObject({
      code: "validation",
      fields: { name: ['A component named "backend api" already exists in this group'] },
    });

    const ungrouped = dataOf(await createComponent(alice, { name: "Status relay" }));
    const twin = await createComponent(alice, { name: "Status relay" });
    expect(!twin.ok && twin.error.fields).toEqual({ name: ['A component named "Status relay" already exists outside any group'] });

    const renamed = await updateComponent(alice, await componentId("frontend"), { name: "MCP Server" });
    expect(!renamed.ok && renamed.error.fields).toEqual({ name: ['A component named "MCP Server" already exists in this group'] });
    const movedIn = await updateComponent(alice, ungrouped.id, { name: "Frontend", groupId: core });
    expect(!movedIn.ok && movedIn.error.fields).toEqual({ name: ['A component named "Frontend" already exists in this group'] });
    // Saving a component under its own name is not a clash with itself.
    dataOf(await updateComponent(alice, await componentId("frontend"), { name: "Frontend", description: "The CapLiquify web dashboard." }));
    dataOf(await deleteComponent(alice, ungrouped.id));
  });

  it("creating a component refuses a blank name and a group that does not exist, naming the field", async () => {
    const blank = await createComponent(alice, { name: "   " });
    expect(!blank.ok && blank.error).toMatchObject({ code: "validation", fields: { name: ["name is required"] } });
    const orphan = await createComponent(alice, { name: "Billing", groupId: "no-such-group" });
    expect(!orphan.ok && orphan.error).toMatchObject({ code: "validation", fields: { groupId: ["groupId names no component group"] } });
  });

  it("renaming and describing a component keeps its slug and records before and after", async () => {
    const id = await componentId("frontend");
    const renamed = dataOf(await updateComponent(alice, id, { name: "Web dashboard", description: "The web app." }));
    expect(renamed).toMatchObject({ slug: "frontend", name: "Web dashboard", description: "The web app." });

    const audit = await lastAudit("component.update", id);
    expect(audit).toMatchObject({ actorLabel: "alice@example.com", entityType: "component" });
    expect(audit.before).toMatchObject({ name: "Frontend", description: "The CapLiquify web dashboard." });
    expect(audit.after).toMatchObject({ name: "Web dashboard", description: "The web app." });
    dataOf(await updateComponent(alice, id, { name: "Frontend", description: "The CapLiquify web dashboard." }));
  });

  it("an update with nothing to change is refused", async () => {
    const result = await updateComponent(alice, await componentId("frontend"), {});
    expect(!result.ok && result.error.code).toBe("validation");
  });

  it("moving a component up swaps it with the one above and keeps positions dense", async () => {
    const id = await componentId("frontend");
    dataOf(await moveComponent(alice, id, { direction: "up" }));
    expect(await groupList("Core services")).toEqual([
      ["Backend API", 0],
      ["Frontend", 1],
      ["MCP Server", 2],
      ["Real-time updates (SSE)", 3],
    ]);
    const audit = await lastAudit("component.reorder", id);
    expect(audit.before).toMatchObject({ position: 2 });
    expect(audit.after).toMatchObject({ position: 1 });
    dataOf(await moveComponent(alice, id, { direction: "down" }));
    expect((await groupList("Core services")).map(([name]) => name)).toEqual([
      "Backend API",
      "MCP Server",
      "Frontend",
      "Real-time updates (SSE)",
    ]);
  });

  it("moving the first component up changes nothing and records nothing", async () => {
    const prisma = await getPrisma();
    const audits = await prisma.auditLog.count();
    dataOf(await moveComponent(alice, await componentId("backend-api"), { direction: "up" }));
    expect(await prisma.auditLog.count()).toBe(audits);
    const bad = await moveComponent(alice, await componentId("backend-api"), { direction: "sideways" });
    expect(!bad.ok && bad.error.fields).toEqual({ direction: ["direction must be up or down"] });
  });

  it("moving a component to another group puts it at the end there and closes the gap it left", async () => {
    const id = await componentId("mcp-server");
    dataOf(await updateComponent(alice, id, { groupId: await groupId("Integrations") }));
    expect(await groupList("Core services")).toEqual([
      ["Backend API", 0],
      ["Frontend", 1],
      ["Real-time updates (SSE)", 2],
    ]);
    expect((await groupList("Integrations")).at(-1)).toEqual(["MCP Server", 4]);

    dataOf(await updateComponent(alice, id, { groupId: await groupId("Core services") }));
    dataOf(await moveComponent(alice, id, { direction: "up" }));
    dataOf(await moveComponent(alice, id, { direction: "up" }));
    expect((await groupList("Core services")).map(([name]) => name)).toEqual([
      "Backend API",
      "MCP Server",
      "Frontend",
      "Real-time updates (SSE)",
    ]);
  });

  it("hiding a component removes it from the public page and showing it brings it back", async () => {
    const id = await componentId("shopify");
    dataOf(await updateComponent(alice, id, { showcase: false }));
    expect(await publicNames()).not.toContain("Shopify");
    const audit = await lastAudit("component.update", id);
    expect([audit.before, audit.after]).toMatchObject([{ showcase: true }, { showcase: false }]);

    dataOf(await updateComponent(alice, id, { showcase: true }));
    expect(await publicNames()).toContain("Shopify");
  });

  it("deleting a component affected by an open incident is refused with a message naming the incident", async () => {
    const prisma = await getPrisma();
    const id = await componentId("amazon");
    const { incident } = dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Amazon orders delayed",
          impact: "minor",
          message: "Investigating.",
          componentStatuses: [{ componentId: id, status: "degraded_performance" }],
        },
      ),
    );
    const audits = await prisma.auditLog.count();

    const refused = await deleteComponent(alice, id);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "invalid_transition",
        message: "Amazon can't be deleted while it is affected by the open incident “Amazon orders delayed”; resolve it first",
      },
    });
    expect(await prisma.component.findUnique({ where: { id } })).not.toBeNull();
    expect(await prisma.auditLog.count()).toBe(audits);
    dataOf(await resolveIncident({ actor: alice }, incident.id, { message: "Recovered." }));
  });

  it("deleting a component no open incident affects removes it, closes the gap and records what it was", async () => {
    const prisma = await getPrisma();
    const id = await componentId("amazon");
    const deleted = dataOf(await deleteComponent(alice, id));

    expect(await prisma.component.findUnique({ where: { id } })).toBeNull();
    expect(await groupList("Integrations")).toEqual([
      ["Xero", 0],
      ["Shopify", 1],
      ["Unleashed", 2],
    ]);
    const audit = await lastAudit("component.delete", id);
    expect(audit).toMatchObject({ actorLabel: "alice@example.com", entityType: "component", after: null });
    expect(audit.before).toMatchObject({ name: "Amazon", slug: deleted.slug });
    expect(await deleteComponent(alice, id)).toEqual({ ok: false, error: { code: "not_found", message: "No such component" } });
  });
});
