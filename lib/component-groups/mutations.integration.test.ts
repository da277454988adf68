import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { createComponent } from "@/lib/components/create";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createComponentGroup } from "./create";
import { deleteComponentGroup } from "./delete";
import { renameComponentGroup } from "./rename";
import { moveComponentGroup } from "./reorder";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: "user-alice", label: "alice@example.com" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("component group mutations on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  /** The top of the page (groups and ungrouped components) as [name, position], in page order. */
  async function topLevel() {
    const prisma = await getPrisma();
    const groups = await prisma.componentGroup.findMany();
    const ungrouped = await prisma.component.findMany({ where: { groupId: null } });
    return [...groups, ...ungrouped].map((e) => [e.name, e.position]).sort((a, b) => Number(a[1]) - Number(b[1]));
  }
  async function lastAudit(action: string, entityId: string) {
    return (await getPrisma()).auditLog.findFirstOrThrow({ where: { action, entityId }, orderBy: { createdAt: "desc" } });
  }

  it("creating a group puts it at the end of the page and records an audit row", async () => {
    const group = dataOf(await createComponentGroup(alice, { name: "Payments", description: "Card and bank payments." }));
    expect(group).toMatchObject({ name: "Payments", description: "Card and bank payments.", position: 2 });
    expect(await topLevel()).toEqual([
      ["Core services", 0],
      ["Integrations", 1],
      ["Payments", 2],
    ]);

    const audit = await lastAudit("component_group.create", group.id);
    expect(audit).toMatchObject({
      actorType: "user",
      actorId: "user-alice",
      actorLabel: "alice@example.com",
      entityType: "component_group",
      before: null,
    });
    expect(audit.after).toMatchObject({ name: "Payments", position: 2 });
  });

  it("creating a group refuses a blank name, naming the field", async () => {
    const result = await createComponentGroup(alice, { name: "" });
    expect(!result.ok && result.error).toMatchObject({ code: "validation", fields: { name: ["name is required"] } });
  });

  it("renaming a group records its name before and after", async () => {
    const prisma = await getPrisma();
    const group = await prisma.componentGroup.findFirstOrThrow({ where: { name: "Payments" } });
    const renamed = dataOf(await renameComponentGroup(alice, group.id, { name: "Billing" }));
    expect(renamed).toMatchObject({ name: "Billing", description: "Card and bank payments." });

    const audit = await lastAudit("component_group.rename", group.id);
    expect([audit.before, audit.after]).toMatchObject([{ name: "Payments" }, { name: "Billing" }]);
    expect(await renameComponentGroup(alice, "no-such-group", { name: "X" })).toEqual({
      ok: false,
      error: { code: "not_found", message: "No such component group" },
    });
  });

  it("groups and ungrouped components are ordered together, and moving a group up swaps it with the entry above", async () => {
    const prisma = await getPrisma();
    dataOf(await createComponent(alice, { name: "Status emails" }));
    expect(await topLevel()).toEqual([
      ["Core services", 0],
      ["Integrations", 1],
      ["Billing", 2],
      ["Status emails", 3],
    ]);

    const billing = await prisma.componentGroup.findFirstOrThrow({ where: { name: "Billing" } });
    dataOf(await moveComponentGroup(alice, billing.id, { direction: "up" }));
    expect(await topLevel()).toEqual([
      ["Core services", 0],
      ["Billing", 1],
      ["Integrations", 2],
      ["Status emails", 3],
    ]);
    const audit = await lastAudit("component_group.reorder", billing.id);
    expect([audit.before, audit.after]).toMatchObject([{ position: 2 }, { position: 1 }]);

    dataOf(await moveComponentGroup(alice, billing.id, { direction: "down" }));
    dataOf(await moveComponentGroup(alice, billing.id, { direction: "down" }));
    expect(await topLevel()).toEqual([
      ["Core services", 0],
      ["Integrations", 1],
      ["Status emails", 2],
      ["Billing", 3],
    ]);
  });

  it("deleting a group keeps its components, ungrouped in its place and in their order", async () => {
    const prisma = await getPrisma();
    const billing = await prisma.componentGroup.findFirstOrThrow({ where: { name: "Billing" } });
    const integrations = await prisma.componentGroup.findFirstOrThrow({ where: { name: "Integrations" } });
    dataOf(await deleteComponentGroup(alice, billing.id));
    dataOf(await deleteComponentGroup(alice, integrations.id));

    expect(await topLevel()).toEqual([
      ["Core services", 0],
      ["Xero", 1],
      ["Shopify", 2],
      ["Amazon", 3],
      ["Unleashed", 4],
      ["Status emails", 5],
    ]);
    const sections = (await getStatusPage()).sections.map((s) => (s.kind === "group" ? s.name : s.component.name));
    expect(sections).toEqual(["Core services", "Xero", "Shopify", "Amazon", "Unleashed", "Status emails"]);

    const audit = await lastAudit("component_group.delete", integrations.id);
    expect(audit).toMatchObject({ actorLabel: "alice@example.com", entityType: "component_group", after: null });
    expect(audit.before).toMatchObject({ name: "Integrations", components: ["Xero", "Shopify", "Amazon", "Unleashed"] });
  });
});
