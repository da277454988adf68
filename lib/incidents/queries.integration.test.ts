import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { getIncident, listIncidentHistory } from "./queries";

const now = new Date("2026-11-24T12:00:00Z");

describe.each(DATABASE_KINDS)("incident queries on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  it("returns the demo incident's timeline newest first with each update's component changes", async () => {
    const { id } = await (await getPrisma()).incident.findFirstOrThrow();
    const incident = (await getIncident(id))!;
    expect(incident.updates.map((u) => u.status)).toEqual([
      "resolved",
      "monitoring",
      "identified",
      "identified",
      "identified",
      "investigating",
      "investigating",
    ]);
    const first = incident.updates.at(-1)!;
    expect(first.componentChanges).toContainEqual({ componentName: "Backend API", oldStatus: "operational", newStatus: "major_outage" });
    expect(incident.affectedComponents).toHaveLength(8);
    expect(incident.postmortemBody).toContain("BMAD-DEPLOY-001");
  });

  it("returns null for an unknown incident", async () => {
    expect(await getIncident("no-such-incident")).toBeNull();
  });

  it("pages the history newest first and refuses pages past the end", async () => {
    const prisma = await getPrisma();
    for (let i = 1; i <= 4; i++) {
      await prisma.incident.create({
        data: { name: `Older ${i}`, status: "resolved", impact: "minor", startedAt: new Date(now.getTime() - (30 + i) * 86_400_000) },
      });
    }
    const first = (await listIncidentHistory(1, 2))!;
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.incidents.map((i) => i.name)).toEqual(["Backend API and MCP server returning 502 errors", "Older 1"]);
    expect((await listIncidentHistory(3, 2))!.incidents.map((i) => i.name)).toEqual(["Older 4"]);
    expect(await listIncidentHistory(4, 2)).toBeNull();
    expect(await listIncidentHistory(0, 2)).toBeNull();
  });
});
