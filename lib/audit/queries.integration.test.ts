import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { createComponentGroup } from "@/lib/component-groups/create";
import { createComponent } from "@/lib/components/create";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { AUDIT_PAGE_SIZE, listAuditEntries, listAuditFilterChoices } from "./queries";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: "user-alice", label: "alice@example.com" };
const bob: Actor = { type: "user", id: "user-bob", label: "Bob@Example.com" };

describe.each(DATABASE_KINDS)("the audit log on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, now));
    await createComponentGroup(alice, { name: "Payments" });
    await createComponent(alice, { name: "Card payments" });
    await createComponent(bob, { name: "Bank transfers" });
  });
  afterAll(() => dispose());

  it("filtering by action lists only that action, newest first", async () => {
    const { entries, total, page, pageCount } = await listAuditEntries({ action: "component.create" });
    expect(entries.map((e) => [e.action, e.actorLabel, (e.after as { name: string }).name])).toEqual([
      ["component.create", "Bob@Example.com", "Bank transfers"],
      ["component.create", "alice@example.com", "Card payments"],
    ]);
    expect({ total, page, pageCount }).toEqual({ total: 2, page: 1, pageCount: 1 });
  });

  it("filters by entity type and by part of the actor's label in any case", async () => {
    expect((await listAuditEntries({ entityType: "component_group" })).entries.map((e) => e.action)).toEqual(["component_group.create"]);
    expect((await listAuditEntries({ actor: "bob@" })).entries.map((e) => e.actorLabel)).toEqual(["Bob@Example.com"]);
    expect((await listAuditEntries({ action: "component.create", actor: "ALICE" })).total).toBe(1);
  });

  it("shows 50 entries a page and an empty page past the end", async () => {
    const prisma = await getPrisma();
    await prisma.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorType: "system" as const,
        actorLabel: "Beacon",
        action: "maintenance.start",
        entityType: "maintenance",
        createdAt: new Date(now.getTime() - i * 60_000),
      })),
    });
    const first = await listAuditEntries({ action: "maintenance.start" });
    const second = await listAuditEntries({ action: "maintenance.start", page: 2 });
    expect([first.entries.length, second.entries.length, first.pageCount]).toEqual([AUDIT_PAGE_SIZE, 5, 2]);
    expect(first.entries[0].createdAt).toEqual(now);
    expect((await listAuditEntries({ action: "maintenance.start", page: 9 })).entries).toEqual([]);
  });

  it("offers the actions and entity types the log holds as filter choices", async () => {
    const { actions, entityTypes } = await listAuditFilterChoices();
    expect(actions).toEqual(expect.arrayContaining(["component.create", "component_group.create"]));
    expect(entityTypes).toEqual(expect.arrayContaining(["component", "component_group"]));
  });
});
