import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { dailyTotalsByComponent, last24hTotals, monitoredComponentIds } from "@/lib/monitors/check-totals";
import { PAGE_SETTINGS_ID, pageSettingsOrDefault } from "@/lib/page/settings";
import { assembleIncidents, assembleMaintenances } from "./assemble";
import {
  MODEL_UPTIME_DAYS,
  type ModelResponsePeriod,
  type ModelStatusChange,
  PAGE_AUDIT_ENTITY_TYPES,
  PUBLIC_MODEL_FORMAT,
  type PublicModel,
} from "./model";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The longest hourly and daily response-time ranges (7d, 30d), and one period to spare. */
const RESPONSE_HOURS = 7 * 24 + 1;
const RESPONSE_DAYS = 31;
const UPDATE_ORDER = [{ displayAt: "desc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];

/**
 * Reads the whole public model in one repeatable-read transaction: every table at the same instant, so the page
 * never shows an update without its incident or a status without the change that set it. Flat queries joined
 * here, not nested includes: at 10,000 incidents that is a few sequential scans instead of huge IN lists.
 */
export async function loadPublicModel(now = new Date()): Promise<PublicModel> {
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => readModel(tx, now), { isolationLevel: "RepeatableRead", maxWait: 5_000, timeout: 60_000 });
}

async function readModel(tx: Prisma.TransactionClient, now: Date): Promise<PublicModel> {
  const uptimeFrom = new Date(now.getTime() - MODEL_UPTIME_DAYS * DAY_MS);
  const settings = await tx.pageSettings.findUnique({ where: { id: PAGE_SETTINGS_ID } });
  const lastAudit = await tx.auditLog.findFirst({
    where: { entityType: { in: PAGE_AUDIT_ENTITY_TYPES } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const groups = await tx.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const componentRows = await tx.component.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const monitored = await monitoredComponentIds(tx);
  const incidents = assembleIncidents({
    // A draft incident (opened by an alert rule for review) is admins' only: no row of it enters the model.
    incidents: await tx.incident.findMany({ where: { draft: false }, orderBy: [{ startedAt: "desc" }, { id: "asc" }] }),
    links: await tx.incidentComponent.findMany({ where: { incident: { draft: false } } }),
    updates: await tx.incidentUpdate.findMany({ where: { incident: { draft: false } }, orderBy: UPDATE_ORDER }),
    changes: await tx.incidentUpdateComponent.findMany({ where: { update: { incident: { draft: false } } } }),
    components: componentRows,
  });
  const maintenances = assembleMaintenances({
    maintenances: await tx.scheduledMaintenance.findMany({ orderBy: [{ scheduledFor: "desc" }, { id: "asc" }] }),
    links: await tx.maintenanceComponent.findMany(),
    updates: await tx.maintenanceUpdate.findMany({ orderBy: UPDATE_ORDER }),
  });
  const statusChanges = await readStatusChanges(tx, uptimeFrom);
  const dailyChecks = await dailyTotalsByComponent(tx, new Date(uptimeFrom.getTime() - DAY_MS));
  const last24h = await last24hTotals(tx, "component", now);
  const responsePeriods = await readResponsePeriods(tx, now);

  return {
    format: PUBLIC_MODEL_FORMAT,
    asOf: now,
    page: { id: PAGE_SETTINGS_ID, ...pageSettingsOrDefault(settings), updatedAt: settings?.updatedAt ?? null },
    lastAuditAt: lastAudit?.createdAt ?? null,
    groups: groups.map(({ id, name, description, position, createdAt, updatedAt }) => ({
      id,
      name,
      description,
      position,
      createdAt,
      updatedAt,
    })),
    components: componentRows.map((c) => ({
      id: c.id,
      slug: c.slug,
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
      monitored: monitored.has(c.id),
    })),
    incidents,
    maintenances,
    statusChanges,
    dailyChecks,
    last24hChecks: Object.fromEntries(last24h),
    responsePeriods,
  };
}

/** The changes inside the uptime window, and the status each component carried into it. */
async function readStatusChanges(tx: Prisma.TransactionClient, from: Date): Promise<ModelStatusChange[]> {
  const rows = await tx.$queryRaw<{ componentId: string; status: ComponentStatus; changedAt: Date }[]>`
    SELECT "componentId", status::text AS status, "changedAt" FROM "ComponentStatusChange" WHERE "changedAt" >= ${from}
    UNION ALL
    (SELECT DISTINCT ON ("componentId") "componentId", status::text AS status, "changedAt"
       FROM "ComponentStatusChange" WHERE "changedAt" < ${from}
      ORDER BY "componentId", "changedAt" DESC)`;
  return rows.map((row) => ({ componentId: row.componentId, status: row.status, changedAt: new Date(row.changedAt) }));
}

async function readResponsePeriods(tx: Prisma.TransactionClient, now: Date): Promise<ModelResponsePeriod[]> {
  const hourFrom = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - RESPONSE_HOURS * HOUR_MS);
  const dayFrom = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - RESPONSE_DAYS * DAY_MS);
  const rows = await tx.$queryRaw<(Omit<ModelResponsePeriod, "periodStart"> & { periodStart: Date | string })[]>`
    SELECT m."componentId" AS "componentId", r.granularity::text AS granularity, r."periodStart" AS "periodStart",
           SUM(r.checks)::int AS checks, SUM(r.failures)::int AS failures,
           ROUND(SUM(r."p50Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p50Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p50Ms",
           ROUND(SUM(r."p95Ms"::float8 * r.checks) / NULLIF(SUM(CASE WHEN r."p95Ms" IS NULL THEN 0 ELSE r.checks END), 0))::int AS "p95Ms"
      FROM "MonitorRollup" r JOIN "Monitor" m ON m.id = r."monitorId"
     WHERE (r.granularity = 'hour' AND r."periodStart" >= ${hourFrom}) OR (r.granularity = 'day' AND r."periodStart" >= ${dayFrom})
     GROUP BY 1, 2, 3`;
  return rows.map((row) => ({
    componentId: row.componentId,
    granularity: row.granularity,
    periodStart: new Date(row.periodStart),
    checks: Number(row.checks),
    failures: Number(row.failures),
    p50Ms: row.p50Ms === null ? null : Number(row.p50Ms),
    p95Ms: row.p95Ms === null ? null : Number(row.p95Ms),
  }));
}
