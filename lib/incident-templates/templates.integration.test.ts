import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createIncidentTemplate } from "./create";
import { deleteIncidentTemplate } from "./delete";
import { listIncidentTemplates } from "./queries";
import { updateIncidentTemplate } from "./update";

const now = new Date("2026-11-24T12:00:00Z");
const alice: Actor = { type: "user", id: "user-alice", label: "alice@example.com" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("incident templates on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  async function componentId(slug: string) {
    return (await (await getPrisma()).component.findUniqueOrThrow({ where: { slug } })).id;
  }
  async function lastAudit(action: string, entityId: string) {
    return (await getPrisma()).auditLog.findFirstOrThrow({ where: { action, entityId }, orderBy: { createdAt: "desc" } });
  }
  const auditCount = async () => (await getPrisma()).auditLog.count();

  it("creating a template saves it with investigating and no components by default, and records it", async () => {
    const template = dataOf(
      await createIncidentTemplate(alice, {
        name: "  Third-party integration delayed ",
        title: "Orders from an integration are delayed",
        impact: "minor",
        body: "We are looking into it.",
      }),
    );
    expect(template).toMatchObject({ name: "Third-party integration delayed", status: "investigating", componentIds: [] });

    const audit = await lastAudit("incident_template.create", template.id);
    expect(audit).toMatchObject({ actorLabel: "alice@example.com", entityType: "incident_template", before: null });
    expect(audit.after).toMatchObject({ name: "Third-party integration delayed", impact: "minor" });
  });

  it("a template keeps the components it names, each once, and the list is sorted by name", async () => {
    const api = await componentId("backend-api");
    const template = dataOf(
      await createIncidentTemplate(alice, {
        name: "Backend API down",
        title: "Backend API unavailable",
        impact: "critical",
        status: "identified",
        body: "## Down\nWe know why.",
        componentIds: [api, api],
      }),
    );
    expect(template).toMatchObject({ status: "identified", componentIds: [api], body: "## Down\nWe know why." });
    expect((await listIncidentTemplates()).map((t) => t.name)).toEqual(["Backend API down", "Third-party integration delayed"]);
  });

  it("a name another template has is refused on the name field and writes nothing", async () => {
    const audits = await auditCount();
    const duplicate = await createIncidentTemplate(alice, { name: "Backend API down", title: "Again", impact: "major", body: "Again." });
    expect(duplicate).toEqual({
      ok: false,
      error: {
        code: "validation",
        message: "A template with this name already exists",
        fields: { name: ["A template with this name already exists"] },
      },
    });
    expect(await auditCount()).toBe(audits);
  });

  it("two saves of one new name at the same moment leave one template and one name error", async () => {
    const input = { name: "Database slow", title: "Slow responses", impact: "minor", body: "Investigating." };
    const results = await Promise.all([createIncidentTemplate(alice, input), createIncidentTemplate(alice, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { name: ["A template with this name already exists"] } },
    });
    const saved = results.find((r) => r.ok);
    if (saved?.ok) dataOf(await deleteIncidentTemplate(alice, saved.data.id));
  });

  it("invalid input is refused naming each field: blank name, long title, resolved status, oversized body, unknown component", async () => {
    const result = await createIncidentTemplate(alice, {
      name: " ",
      title: "x".repeat(201),
      impact: "catastrophic",
      status: "resolved",
      body: "a".repeat(64 * 1024 + 1),
    });
    expect(!result.ok && result.error.fields).toEqual({
      name: ["name is required"],
      title: ["title must be at most 200 characters"],
      impact: ["impact must be one of none, minor, major, critical"],
      status: ["status must be one of investigating, identified, monitoring"],
      body: ["body must be at most 64 KiB"],
    });
    const orphan = await createIncidentTemplate(alice, {
      name: "Ghost",
      title: "Ghost",
      impact: "none",
      body: "Boo.",
      componentIds: [await componentId("frontend"), "no-such-component"],
    });
    expect(!orphan.ok && orphan.error).toMatchObject({
      code: "validation",
      fields: { "componentIds.1": ["componentIds names no component"] },
    });
  });

  it("updating a template changes only what is sent and records before and after", async () => {
    const [template] = await listIncidentTemplates();
    const updated = dataOf(
      await updateIncidentTemplate(alice, template.id, { name: "Backend API down", impact: "major", componentIds: [] }),
    );
    expect(updated).toMatchObject({
      name: "Backend API down",
      title: "Backend API unavailable",
      impact: "major",
      status: "identified",
      componentIds: [],
    });

    const audit = await lastAudit("incident_template.update", template.id);
    expect([audit.before, audit.after]).toMatchObject([{ impact: "critical" }, { impact: "major", componentIds: [] }]);
  });

  it("renaming a template to another template's name is refused; an empty or unknown update is refused", async () => {
    const [api, integration] = await listIncidentTemplates();
    const taken = await updateIncidentTemplate(alice, api.id, { name: integration.name });
    expect(!taken.ok && taken.error.fields).toEqual({ name: ["A template with this name already exists"] });
    const empty = await updateIncidentTemplate(alice, api.id, {});
    expect(!empty.ok && empty.error.code).toBe("validation");
    expect(await updateIncidentTemplate(alice, "no-such-template", { title: "x" })).toEqual({
      ok: false,
      error: { code: "not_found", message: "No such incident template" },
    });
  });

  it("deleting a template removes it and records what it was; deleting it again is not found", async () => {
    const [, integration] = await listIncidentTemplates();
    dataOf(await deleteIncidentTemplate(alice, integration.id));
    expect((await listIncidentTemplates()).map((t) => t.name)).toEqual(["Backend API down"]);
    const audit = await lastAudit("incident_template.delete", integration.id);
    expect(audit).toMatchObject({ entityType: "incident_template", after: null });
    expect(audit.before).toMatchObject({ name: "Third-party integration delayed" });
    expect(await deleteIncidentTemplate(alice, integration.id)).toEqual({
      ok: false,
      error: { code: "not_found", message: "No such incident template" },
    });
  });
});
