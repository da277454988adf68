import "server-only";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SLUG } from "@/lib/page/settings";
import { type BmadDemo, buildBmadDemo } from "./bmad-deploy-001";

// Held for the seeding transaction, so two instances booting at once never both seed.
const DEMO_SEED_LOCK_KEY = 7373001;

export const DEMO_POSTMORTEM_PATH = path.resolve(process.cwd(), "prisma/demo/BMAD-DEPLOY-001-retrospective.md");

/** The BMAD-DEPLOY-001 retrospective, shipped with the app as the demo incident's postmortem. */
export async function readDemoPostmortem(): Promise<string> {
  return readFile(DEMO_POSTMORTEM_PATH, "utf8");
}

type Tx = Prisma.TransactionClient;

/** True when the page already has anything of its own; the demo never touches such a database. */
async function hasPageData(tx: Tx): Promise<boolean> {
  if (await tx.pageSettings.findFirst({ select: { id: true } })) return true;
  if (await tx.componentGroup.findFirst({ select: { id: true } })) return true;
  if (await tx.component.findFirst({ select: { id: true } })) return true;
  return (await tx.incident.findFirst({ select: { id: true } })) !== null;
}

/** Seeds the demo incident BMAD-DEPLOY-001 into an empty database; a no-op once the page has data. */
export async function seedDemoData(
  prisma: PrismaClient,
  options: { now?: Date; postmortemMarkdown: string },
): Promise<{ seeded: boolean }> {
  const demo = buildBmadDemo(options.now ?? new Date(), options.postmortemMarkdown);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
      if (await hasPageData(tx)) return { seeded: false };
      await insertDemo(tx, demo);
      return { seeded: true };
    },
    // A second instance waits on the lock inside its transaction, so allow more than the 5 s default.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function insertDemo(tx: Tx, demo: BmadDemo): Promise<void> {
  const groupIds = new Map(demo.groups.map((g) => [g.key, randomUUID()]));
  const componentIds = new Map(demo.components.map((c) => [c.slug, randomUUID()]));
  const componentId = (slug: string) => componentIds.get(slug)!;
  const incidentId = randomUUID();
  const maintenanceId = randomUUID();
  const { incident, maintenance } = demo;

  await tx.pageSettings.create({ data: { ...demo.page, slug: DEFAULT_PAGE_SLUG, showAllComponents: true } });
  await tx.componentGroup.createMany({
    data: demo.groups.map((g) => ({ id: groupIds.get(g.key)!, name: g.name, description: g.description, position: g.position })),
  });
  await tx.component.createMany({
    data: demo.components.map((c) => ({
      id: componentId(c.slug),
      slug: c.slug,
      name: c.name,
      description: c.description,
      status: c.status,
      position: c.position,
      groupId: c.groupKey === null ? null : groupIds.get(c.groupKey)!,
      startDate: c.startDate,
    })),
  });

  await tx.incident.create({
    data: {
      id: incidentId,
      name: incident.name,
      status: incident.status,
      impact: incident.impact,
      startedAt: incident.startedAt,
      identifiedAt: incident.identifiedAt,
      monitoringAt: incident.monitoringAt,
      resolvedAt: incident.resolvedAt,
      postmortemBody: incident.postmortemBody,
      postmortemPublishedAt: incident.postmortemPublishedAt,
    },
  });
  await tx.incidentComponent.createMany({
    data: incident.componentSlugs.map((slug) => ({ incidentId, componentId: componentId(slug) })),
  });
  const updates = incident.updates.map((u) => ({ ...u, id: randomUUID() }));
  await tx.incidentUpdate.createMany({
    // Seeded history was never sent to subscribers.
    data: updates.map((u) => ({
      id: u.id,
      incidentId,
      status: u.status,
      body: u.body,
      displayAt: u.displayAt,
      deliverNotifications: false,
    })),
  });
  await tx.incidentUpdateComponent.createMany({
    data: updates.flatMap((u) =>
      u.componentChanges.map((c) => ({ updateId: u.id, componentId: componentId(c.slug), oldStatus: c.oldStatus, newStatus: c.newStatus })),
    ),
  });

  await tx.scheduledMaintenance.create({
    data: {
      id: maintenanceId,
      name: maintenance.name,
      status: maintenance.status,
      scheduledFor: maintenance.scheduledFor,
      scheduledUntil: maintenance.scheduledUntil,
    },
  });
  await tx.maintenanceComponent.createMany({
    data: maintenance.componentSlugs.map((slug) => ({ maintenanceId, componentId: componentId(slug) })),
  });
  await tx.maintenanceUpdate.createMany({
    data: maintenance.updates.map((u) => ({ maintenanceId, status: u.status, body: u.body, displayAt: u.displayAt })),
  });

  await tx.componentStatusChange.createMany({
    data: demo.statusHistory.map((h) => ({
      componentId: componentId(h.slug),
      status: h.status,
      changedAt: h.changedAt,
      cause: h.cause,
      incidentId: h.cause === "incident" ? incidentId : null,
    })),
  });
}
