import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/boot";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { readDemoPostmortem, seedDemoData } from "./seed";

describe.each(DATABASE_KINDS)("seeding the demo on %s", (kind) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => dispose?.());

  async function migrated() {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    await migrateDatabase(opened.db);
    return opened.db.prisma;
  }

  it("fills an empty database with the BMAD-DEPLOY-001 incident, its components and the maintenance", async () => {
    const prisma = await migrated();
    const postmortemMarkdown = await readDemoPostmortem();
    expect(await seedDemoData(prisma, { postmortemMarkdown })).toEqual({ seeded: true });
    expect(await prisma.component.count()).toBe(8);
    const incident = await prisma.incident.findFirstOrThrow({ include: { updates: true } });
    expect(incident).toMatchObject({ impact: "critical", status: "resolved" });
    // The shipped retrospective, its incident date moved to the replayed incident's day.
    expect(incident.postmortemBody).toContain(`**Incident Date**: ${incident.startedAt.toISOString().slice(0, 10)}`);
    expect(incident.postmortemBody?.replace(/\d{4}-\d{2}-\d{2}/g, "")).toBe(postmortemMarkdown.replace(/\d{4}-\d{2}-\d{2}/g, ""));
    expect(incident.updates).toHaveLength(7);
    expect(await prisma.scheduledMaintenance.count({ where: { status: "scheduled" } })).toBe(1);
  });

  it("is idempotent: a second seed adds nothing", async () => {
    const prisma = await migrated();
    const postmortemMarkdown = await readDemoPostmortem();
    await seedDemoData(prisma, { postmortemMarkdown });
    expect(await seedDemoData(prisma, { postmortemMarkdown })).toEqual({ seeded: false });
    expect(await prisma.incident.count()).toBe(1);
    expect(await prisma.component.count()).toBe(8);
  });

  it("never touches a database that already has data of its own", async () => {
    const prisma = await migrated();
    await prisma.component.create({ data: { slug: "own", name: "Our API", startDate: new Date() } });
    expect(await seedDemoData(prisma, { postmortemMarkdown: "" })).toEqual({ seeded: false });
    expect(await prisma.component.findMany({ select: { name: true } })).toEqual([{ name: "Our API" }]);
    expect(await prisma.incident.count()).toBe(0);
  });
});
