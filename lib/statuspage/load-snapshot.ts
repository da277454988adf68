import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { StatuspageSnapshot } from "./snapshot";

export const RECENT_INCIDENT_LIMIT = 50;

const PAGE_FALLBACK = { id: "page", name: "Status", url: "http://localhost:3000", timeZone: "UTC" };

/** Everything the Statuspage v2 documents show, read in one pass from the store. */
export async function loadStatuspageSnapshot(now = new Date()): Promise<StatuspageSnapshot> {
  const prisma = await getPrisma();
  const [settings, groups, components, incidents, maintenances] = await Promise.all([
    prisma.pageSettings.findFirst(),
    prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.component.findMany({ where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    prisma.incident.findMany({
      orderBy: { startedAt: "desc" },
      take: RECENT_INCIDENT_LIMIT,
      include: {
        components: { select: { componentId: true } },
        updates: {
          orderBy: { displayAt: "desc" },
          include: { componentChanges: { include: { component: { select: { name: true } } } } },
        },
      },
    }),
    prisma.scheduledMaintenance.findMany({
      where: { status: { not: "completed" }, scheduledUntil: { gte: now } },
      orderBy: { scheduledFor: "asc" },
      include: { components: { select: { componentId: true } }, updates: { orderBy: { displayAt: "desc" } } },
    }),
  ]);

  return {
    page: settings
      ? { id: settings.id, name: settings.name, url: settings.url, timeZone: settings.timeZone, updatedAt: settings.updatedAt }
      : { ...PAGE_FALLBACK, updatedAt: now },
    groups,
    components: components.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      position: c.position,
      groupId: c.groupId,
      startDate: c.startDate,
      showcase: c.showcase,
      onlyShowIfDegraded: c.onlyShowIfDegraded,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      impact: i.impact,
      startedAt: i.startedAt,
      monitoringAt: i.monitoringAt,
      resolvedAt: i.resolvedAt,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      componentIds: i.components.map((ic) => ic.componentId),
      updates: i.updates.map((u) => ({
        id: u.id,
        status: u.status,
        body: u.body,
        displayAt: u.displayAt,
        createdAt: u.createdAt,
        updatedAt: u.updatedAt,
        deliverNotifications: u.deliverNotifications,
        componentChanges: u.componentChanges.map((c) => ({
          componentId: c.componentId,
          componentName: c.component.name,
          oldStatus: c.oldStatus,
          newStatus: c.newStatus,
        })),
      })),
    })),
    maintenances: maintenances.map((m) => ({
      id: m.id,
      name: m.name,
      status: m.status,
      scheduledFor: m.scheduledFor,
      scheduledUntil: m.scheduledUntil,
      startedAt: m.startedAt,
      completedAt: m.completedAt,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      componentIds: m.components.map((mc) => mc.componentId),
      updates: m.updates.map((u) => ({
        id: u.id,
        status: u.status,
        body: u.body,
        displayAt: u.displayAt,
        createdAt: u.createdAt,
        updatedAt: u.updatedAt,
      })),
    })),
  };
}
