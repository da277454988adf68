import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import { PAGE_AUDIT_ENTITY_TYPES, pageUpdatedAt } from "./page-updated-at";
import { RECENT_LIMIT, type StatuspageSnapshot } from "./snapshot";
import { toSnapshotComponent, toSnapshotIncident, toSnapshotMaintenance } from "./snapshot-rows";

const PAGE_FALLBACK = { id: "page", name: "Status", url: "http://localhost:3000", timeZone: "UTC" };

const incidentInclude = {
  components: { select: { componentId: true } },
  updates: {
    orderBy: { displayAt: "desc" },
    include: { componentChanges: { include: { component: { select: { name: true } } } } },
  },
} as const satisfies Prisma.IncidentInclude;

const maintenanceInclude = {
  components: { select: { componentId: true } },
  updates: { orderBy: { displayAt: "desc" } },
} as const satisfies Prisma.ScheduledMaintenanceInclude;

/** Rows found by both the "recent" and the "open" query, once each. */
function uniqueById<T extends { id: string }>(...lists: T[][]): T[] {
  return [...new Map(lists.flat().map((row) => [row.id, row])).values()];
}

/** Everything the Statuspage v2 documents show, read in one pass from the store. */
export async function loadStatuspageSnapshot(now = new Date()): Promise<StatuspageSnapshot> {
  const prisma = await getPrisma();
  const [settings, groups, components, recentIncidents, unresolvedIncidents, recentMaintenances, openMaintenances, lastAudit] =
    await Promise.all([
      prisma.pageSettings.findFirst(),
      prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
      prisma.component.findMany({ where: { showcase: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
      prisma.incident.findMany({ orderBy: { startedAt: "desc" }, take: RECENT_LIMIT, include: incidentInclude }),
      // An unresolved incident stays in summary.json however many newer ones there are.
      prisma.incident.findMany({ where: { status: unresolvedIncidentStatus() }, include: incidentInclude }),
      prisma.scheduledMaintenance.findMany({ orderBy: { scheduledFor: "desc" }, take: RECENT_LIMIT, include: maintenanceInclude }),
      prisma.scheduledMaintenance.findMany({
        where: { status: { not: "completed" }, scheduledUntil: { gte: now } },
        include: maintenanceInclude,
      }),
      prisma.auditLog.findFirst({
        where: { entityType: { in: PAGE_AUDIT_ENTITY_TYPES } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      }),
    ]);

  const incidents = uniqueById(recentIncidents, unresolvedIncidents)
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
    .map(toSnapshotIncident);
  const maintenances = uniqueById(recentMaintenances, openMaintenances)
    .sort((a, b) => b.scheduledFor.getTime() - a.scheduledFor.getTime())
    .map(toSnapshotMaintenance);
  const shownComponents = components.map(toSnapshotComponent);
  const updatedAt = pageUpdatedAt({
    settingsUpdatedAt: settings?.updatedAt ?? null,
    groups,
    components: shownComponents,
    incidents,
    maintenances,
    lastAuditAt: lastAudit?.createdAt ?? null,
  });

  return {
    asOf: now,
    page: settings
      ? { id: settings.id, name: settings.name, url: settings.url, timeZone: settings.timeZone, updatedAt }
      : { ...PAGE_FALLBACK, updatedAt },
    groups,
    components: shownComponents,
    incidents,
    maintenances,
  };
}
