import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import type { MutationResult } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { setComponentStatus } from "./set-status";

const now = new Date("2026-11-24T12:00:00Z");
const healthScript: Actor = { type: "token", id: "token-1", label: "health script" };

function dataOf<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

describe.each(DATABASE_KINDS)("setting a component's status on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  const history = async (componentId: string) =>
    (await getPrisma()).componentStatusChange.findMany({ where: { componentId, cause: "manual" } });

  it("sets the status by slug, appends a manual history entry and audits it with the reason", async () => {
    const prisma = await getPrisma();
    const before = await prisma.component.findUniqueOrThrow({ where: { slug: "backend-api" } });
    const { component, changed } = dataOf(
      await setComponentStatus(healthScript, "backend-api", { status: "major_outage", reason: "5 failed health checks" }),
    );
    expect(changed).toBe(true);
    expect(component).toMatchObject({ id: before.id, status: "major_outage" });
    expect(await history(before.id)).toMatchObject([{ status: "major_outage", cause: "manual", incidentId: null }]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "component.status.set", entityId: before.id } });
    expect(audit).toMatchObject({ actorType: "token", actorId: "token-1", actorLabel: "health script", entityType: "component" });
    expect(audit.before).toMatchObject({ status: before.status });
    expect(audit.after).toMatchObject({ status: "major_outage", reason: "5 failed health checks" });
  });

  it("sets the status by id too", async () => {
    const { id } = await (await getPrisma()).component.findUniqueOrThrow({ where: { slug: "frontend" } });
    expect(dataOf(await setComponentStatus(healthScript, id, { status: "degraded_performance" })).component.status).toBe(
      "degraded_performance",
    );
  });

  it("setting the status a component already has writes nothing", async () => {
    const prisma = await getPrisma();
    const { id, status } = await prisma.component.findUniqueOrThrow({ where: { slug: "xero" } });
    const [changes, audits] = [await prisma.componentStatusChange.count(), await prisma.auditLog.count()];
    const result = dataOf(await setComponentStatus(healthScript, "xero", { status }));
    expect(result).toMatchObject({ changed: false, component: { id, status } });
    expect([await prisma.componentStatusChange.count(), await prisma.auditLog.count()]).toEqual([changes, audits]);
  });

  it("an unknown component is not_found and an unknown status names the field", async () => {
    expect(await setComponentStatus(healthScript, "no-such-component", { status: "major_outage" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await setComponentStatus(healthScript, "xero", { status: "down" })).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { status: [expect.stringContaining("status must be one of")] } },
    });
  });
});
