import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { SpComponent, SpEvent, StatuspageDocuments } from "./documents";
import { importedId, slugify } from "./import-ids";

// Writes a Statuspage page into Beacon in one transaction. Every record's id derives from the source page and its
// id there, so a second run updates what the first created instead of duplicating it.

export interface ImportCounts {
  created: number;
  updated: number;
}
export type ImportSummary = Record<"groups" | "components" | "incidents" | "maintenances", ImportCounts>;

const INCIDENT_STATUSES = new Set(["investigating", "identified", "monitoring", "resolved", "postmortem"]);
const MAINTENANCE_STATUSES = new Set(["scheduled", "in_progress", "verifying", "completed"]);
const IMPACTS = new Set(["none", "minor", "major", "critical"]);
const COMPONENT_STATUSES = new Set(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);

type Tx = Prisma.TransactionClient;
const at = (value: string | null | undefined) => (value ? new Date(value) : null);

export async function applyStatuspageImport(prisma: PrismaClient, docs: StatuspageDocuments): Promise<ImportSummary> {
  const id = (kind: string, externalId: string) => importedId(docs.origin, kind, externalId);
  return prisma.$transaction(
    async (tx) => {
      const summary: ImportSummary = {
        groups: await importGroups(
          tx,
          docs.components.filter((c) => c.group),
          id,
        ),
        components: await importComponents(
          tx,
          docs.components.filter((c) => !c.group),
          id,
        ),
        incidents: { created: 0, updated: 0 },
        maintenances: { created: 0, updated: 0 },
      };
      const known = new Set((await tx.component.findMany({ select: { id: true } })).map((c) => c.id));
      for (const incident of docs.incidents) await importIncident(tx, incident, id, known, summary.incidents);
      for (const maintenance of docs.maintenances) await importMaintenance(tx, maintenance, id, known, summary.maintenances);
      await recordAudit(tx, {
        actor: { type: "system", id: null, label: "npm run import" },
        action: "import.statuspage",
        entityType: "page",
        entityId: null,
        before: null,
        after: { source: docs.origin, ...summary },
      });
      return summary;
    },
    { timeout: 120_000 },
  );
}

function count(existing: boolean, counts: ImportCounts) {
  if (existing) counts.updated += 1;
  else counts.created += 1;
}

async function importGroups(tx: Tx, groups: SpComponent[], id: (k: string, e: string) => string): Promise<ImportCounts> {
  const counts = { created: 0, updated: 0 };
  for (const group of groups) {
    const data = { name: group.name, description: group.description ?? null, position: group.position };
    const existing = await tx.componentGroup.findUnique({ where: { id: id("group", group.id) } });
    await tx.componentGroup.upsert({ where: { id: id("group", group.id) }, create: { id: id("group", group.id), ...data }, update: data });
    count(existing !== null, counts);
  }
  return counts;
}

async function importComponents(tx: Tx, components: SpComponent[], id: (k: string, e: string) => string): Promise<ImportCounts> {
  const counts = { created: 0, updated: 0 };
  for (const c of components) {
    const componentId = id("component", c.id);
    const existing = await tx.component.findUnique({ where: { id: componentId } });
    const data = {
      name: c.name,
      description: c.description ?? null,
      status: c.status as ComponentStatus,
      position: c.position,
      showcase: c.showcase,
      onlyShowIfDegraded: c.only_show_if_degraded,
      groupId: c.group_id ? id("group", c.group_id) : null,
    };
    if (existing) {
      await tx.component.update({ where: { id: componentId }, data });
      if (existing.status !== data.status) {
        await tx.componentStatusChange.create({ data: { componentId, status: data.status, changedAt: new Date(), cause: "manual" } });
      }
    } else {
      const startDate = at(c.start_date) ?? new Date(c.created_at);
      const taken = await tx.component.findUnique({ where: { slug: slugify(c.name) } });
      const slug = taken ? `${slugify(c.name)}-${componentId.slice(4, 10)}` : slugify(c.name);
      await tx.component.create({ data: { id: componentId, slug, startDate, ...data } });
      await tx.componentStatusChange.create({ data: { componentId, status: data.status, changedAt: startDate, cause: "created" } });
    }
    count(existing !== null, counts);
  }
  return counts;
}

/** The component changes an update carries, for components Beacon knows, with statuses it knows. */
function changesOf(update: SpEvent["incident_updates"][number], id: (k: string, e: string) => string, known: Set<string>) {
  return (update.affected_components ?? [])
    .map((a) => ({ componentId: id("component", a.code), oldStatus: a.old_status, newStatus: a.new_status }))
    .filter((a) => known.has(a.componentId) && COMPONENT_STATUSES.has(a.oldStatus) && COMPONENT_STATUSES.has(a.newStatus))
    .map((a) => ({ ...a, oldStatus: a.oldStatus as ComponentStatus, newStatus: a.newStatus as ComponentStatus }));
}

async function importIncident(tx: Tx, e: SpEvent, id: (k: string, x: string) => string, known: Set<string>, counts: ImportCounts) {
  if (!INCIDENT_STATUSES.has(e.status)) return;
  const incidentId = id("incident", e.id);
  const updates = e.incident_updates.filter((u) => INCIDENT_STATUSES.has(u.status));
  const firstAt = (status: string) =>
    at(
      updates
        .filter((u) => u.status === status)
        .map((u) => u.display_at ?? u.created_at)
        .sort()[0],
    );
  const data = {
    name: e.name,
    status: e.status as IncidentStatus,
    impact: (IMPACTS.has(e.impact) ? e.impact : "none") as IncidentImpact,
    startedAt: at(e.started_at) ?? new Date(e.created_at),
    identifiedAt: firstAt("identified"),
    monitoringAt: at(e.monitoring_at) ?? firstAt("monitoring"),
    resolvedAt: at(e.resolved_at),
  };
  const existing = await tx.incident.findUnique({ where: { id: incidentId } });
  await tx.incident.upsert({ where: { id: incidentId }, create: { id: incidentId, ...data }, update: data });
  await tx.incidentComponent.deleteMany({ where: { incidentId } });
  const componentIds = e.components.map((c) => id("component", c.id)).filter((c) => known.has(c));
  await tx.incidentComponent.createMany({ data: componentIds.map((componentId) => ({ incidentId, componentId })) });
  for (const u of updates) {
    const updateId = id("incident-update", u.id);
    const fields = {
      status: u.status as IncidentStatus,
      body: u.body,
      displayAt: new Date(u.display_at ?? u.created_at),
      deliverNotifications: false,
    };
    await tx.incidentUpdate.upsert({ where: { id: updateId }, create: { id: updateId, incidentId, ...fields }, update: fields });
    await tx.incidentUpdateComponent.deleteMany({ where: { updateId } });
    await tx.incidentUpdateComponent.createMany({ data: changesOf(u, id, known).map((c) => ({ updateId, ...c })) });
  }
  count(existing !== null, counts);
}

async function importMaintenance(tx: Tx, e: SpEvent, id: (k: string, x: string) => string, known: Set<string>, counts: ImportCounts) {
  if (!MAINTENANCE_STATUSES.has(e.status) || !e.scheduled_for || !e.scheduled_until) return;
  const maintenanceId = id("maintenance", e.id);
  const updates = e.incident_updates.filter((u) => MAINTENANCE_STATUSES.has(u.status));
  const firstAt = (status: string) =>
    at(
      updates
        .filter((u) => u.status === status)
        .map((u) => u.display_at ?? u.created_at)
        .sort()[0],
    );
  const status = e.status as MaintenanceStatus;
  const data = {
    name: e.name,
    status,
    scheduledFor: new Date(e.scheduled_for),
    scheduledUntil: new Date(e.scheduled_until),
    startedAt: status === "scheduled" ? null : (firstAt("in_progress") ?? new Date(e.scheduled_for)),
    completedAt: status === "completed" ? (at(e.resolved_at) ?? firstAt("completed") ?? new Date(e.scheduled_until)) : null,
  };
  const existing = await tx.scheduledMaintenance.findUnique({ where: { id: maintenanceId } });
  await tx.scheduledMaintenance.upsert({ where: { id: maintenanceId }, create: { id: maintenanceId, ...data }, update: data });
  await tx.maintenanceComponent.deleteMany({ where: { maintenanceId } });
  const componentIds = e.components.map((c) => id("component", c.id)).filter((c) => known.has(c));
  await tx.maintenanceComponent.createMany({ data: componentIds.map((componentId) => ({ maintenanceId, componentId })) });
  for (const u of updates) {
    const updateId = id("maintenance-update", u.id);
    const fields = { status: u.status as MaintenanceStatus, body: u.body, displayAt: new Date(u.display_at ?? u.created_at) };
    await tx.maintenanceUpdate.upsert({ where: { id: updateId }, create: { id: updateId, maintenanceId, ...fields }, update: fields });
  }
  count(existing !== null, counts);
}
