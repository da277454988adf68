import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { dailyTotalsByComponent, last24hTotals, monitoredComponentIds } from "@/lib/monitors/check-totals";
import { DEFAULT_PAGE_SLUG, PAGE_SETTINGS_ID, pageSettingsOrDefault } from "@/lib/page/settings";
import { accessRuleOf } from "@/lib/page-access/rule-of-row";
import type { SnapshotGroup, SnapshotThirdParty } from "@/lib/statuspage/snapshot";
import { assembleIncidents, assembleMaintenances } from "./assemble";
import {
  MODEL_UPTIME_DAYS,
  type ModelComponent,
  type ModelPage,
  type ModelResponsePeriod,
  type ModelStatusChange,
  PAGE_AUDIT_ENTITY_TYPES,
  type PublicModel,
} from "./model";
import { readLocationParts } from "./read-locations";

// The parts of the public model, each read inside the caller's repeatable-read transaction: the whole model reads
// them all (load.ts), a change reads only the parts and rows it names (load-changes.ts).

type Tx = Prisma.TransactionClient;
type ComponentRef = Pick<ModelComponent, "id" | "name" | "position">;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The longest hourly and daily response-time ranges (7d, 30d), and one period to spare. */
const RESPONSE_HOURS = 7 * 24 + 1;
const RESPONSE_DAYS = 31;
const UPDATE_ORDER = [{ displayAt: "desc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];

export const uptimeFrom = (now: Date) => new Date(now.getTime() - MODEL_UPTIME_DAYS * DAY_MS);

export async function readPage(tx: Tx): Promise<Pick<PublicModel, "page" | "pages" | "lastAuditAt">> {
  const rows = await tx.pageSettings.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      components: { select: { componentId: true } },
      componentGroups: { select: { groupId: true } },
      incidents: { select: { incidentId: true } },
    },
  });
  // Who may read each page (hashes only): the front server gates with it while the store is down.
  const accessRows = new Map((await tx.pageAccess.findMany()).map((row) => [row.pageId, row]));
  const settings = rows.find((row) => row.id === PAGE_SETTINGS_ID) ?? null;
  const lastAudit = await tx.auditLog.findFirst({
    where: { entityType: { in: PAGE_AUDIT_ENTITY_TYPES } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const page: ModelPage = {
    id: PAGE_SETTINGS_ID,
    ...pageSettingsOrDefault(settings),
    updatedAt: settings?.updatedAt ?? null,
    access: accessRuleOf(PAGE_SETTINGS_ID, accessRows.get(PAGE_SETTINGS_ID) ?? null),
    ...pageDimension(settings ?? { slug: DEFAULT_PAGE_SLUG, showAllComponents: true }),
  };
  const others = rows
    .filter((row) => row.id !== PAGE_SETTINGS_ID)
    .map((row) => ({
      id: row.id,
      ...pageSettingsOrDefault(row),
      updatedAt: row.updatedAt,
      access: accessRuleOf(row.id, accessRows.get(row.id) ?? null),
      ...pageDimension(row),
    }));
  return { page, pages: [page, ...others], lastAuditAt: lastAudit?.createdAt ?? null };
}

type PageRow = { slug: string; showAllComponents: boolean } & Partial<{
  accentColor: string | null;
  defaultLanguage: string;
  followBrowserLanguage: boolean;
  domains: string[];
  canonicalDomain: string | null;
  components: { componentId: string }[];
  componentGroups: { groupId: string }[];
  incidents: { incidentId: string }[];
}>;

/** What makes one page of several: its address and its selection (lib/pages). */
function pageDimension(row: PageRow) {
  return {
    slug: row.slug,
    accentColor: row.accentColor ?? null,
    defaultLanguage: row.defaultLanguage ?? "en",
    followBrowserLanguage: row.followBrowserLanguage ?? true,
    domains: row.domains ?? [],
    canonicalDomain: row.canonicalDomain ?? null,
    showAllComponents: row.showAllComponents,
    componentIds: (row.components ?? []).map((c) => c.componentId).sort(),
    groupIds: (row.componentGroups ?? []).map((g) => g.groupId).sort(),
    incidentIds: (row.incidents ?? []).map((i) => i.incidentId).sort(),
  };
}

export async function readComponents(tx: Tx): Promise<{ groups: SnapshotGroup[]; components: ModelComponent[] }> {
  const groups = await tx.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const componentRows = await tx.component.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  const monitored = await monitoredComponentIds(tx);
  const mirrors = await readThirdParty(tx);
  return {
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
      // A mirror's own change (unknown, the vendor's incident) is a change of what the component shows.
      updatedAt: laterOf(c.updatedAt, mirrors.get(c.id)?.updatedAt),
      monitored: monitored.has(c.id),
      thirdParty: mirrors.get(c.id)?.thirdParty ?? null,
    })),
  };
}

/** What each mirroring component shows of its vendor (lib/upstreams), by component id. */
async function readThirdParty(tx: Tx): Promise<Map<string, { thirdParty: SnapshotThirdParty; updatedAt: Date }>> {
  const rows = await tx.upstreamMirror.findMany({ include: { upstream: { select: { name: true, url: true } } } });
  return new Map(
    rows.map((m) => [
      m.componentId,
      {
        thirdParty: { vendor: m.upstream.name, url: m.upstream.url, unavailable: m.unavailable, incidentTitle: m.incidentTitle },
        updatedAt: m.updatedAt,
      },
    ]),
  );
}

function laterOf(a: Date, b: Date | undefined): Date {
  return b && b > a ? b : a;
}

/**
 * Incidents with their components, updates and component changes: all of them, or those in `ids`. Flat queries
 * joined here, not nested includes: at 10,000 incidents that is a few sequential scans instead of huge IN lists.
 */
export async function readIncidents(tx: Tx, components: readonly ComponentRef[], ids?: string[]) {
  return assembleIncidents({ ...(await readIncidentRows(tx, ids)), components: components as ComponentRef[] });
}

/** The rows readIncidents assembles: a whole read assembles them after its transaction ends (load.ts). */
export async function readIncidentRows(tx: Tx, ids?: string[]) {
  // A draft incident (opened by an alert rule for review) is admins' only: no row of it enters the model.
  const incidents = await tx.incident.findMany({
    where: ids ? { id: { in: ids }, draft: false } : { draft: false },
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
  });
  const of = ids ? { incidentId: { in: incidents.map((i) => i.id) } } : { incident: { draft: false } };
  return {
    incidents,
    links: await tx.incidentComponent.findMany({ where: of }),
    updates: await tx.incidentUpdate.findMany({ where: of, orderBy: UPDATE_ORDER }),
    changes: await tx.incidentUpdateComponent.findMany({ where: { update: of } }),
  };
}

/** Maintenances with their components and updates: all of them, or those in `ids`. */
export async function readMaintenances(tx: Tx, components: readonly ComponentRef[], ids?: string[]) {
  return assembleMaintenances({ ...(await readMaintenanceRows(tx, ids)), components });
}

/** The rows readMaintenances assembles. */
export async function readMaintenanceRows(tx: Tx, ids?: string[]) {
  const of = ids ? { maintenanceId: { in: ids } } : {};
  return {
    maintenances: await tx.scheduledMaintenance.findMany({
      where: ids ? { id: { in: ids } } : {},
      orderBy: [{ scheduledFor: "desc" }, { id: "asc" }],
    }),
    links: await tx.maintenanceComponent.findMany({ where: of }),
    updates: await tx.maintenanceUpdate.findMany({ where: of, orderBy: UPDATE_ORDER }),
  };
}

/** The changes inside the uptime window, and the status each component carried into it. */
export async function readStatusChanges(tx: Tx, now: Date): Promise<ModelStatusChange[]> {
  const from = uptimeFrom(now);
  const rows = await tx.$queryRaw<{ componentId: string; status: ComponentStatus; changedAt: Date }[]>`
    SELECT "componentId", status::text AS status, "changedAt" FROM "ComponentStatusChange" WHERE "changedAt" >= ${from}
    UNION ALL
    (SELECT DISTINCT ON ("componentId") "componentId", status::text AS status, "changedAt"
       FROM "ComponentStatusChange" WHERE "changedAt" < ${from}
      ORDER BY "componentId", "changedAt" DESC)`;
  return rows.map((row) => ({ componentId: row.componentId, status: row.status, changedAt: new Date(row.changedAt) }));
}

type CheckTotalsPart = "dailyChecks" | "last24hChecks" | "responsePeriods" | "locationResponsePeriods" | "locationLatest";

/** What the monitors' checks say per component: daily totals, the last 24 hours, response-time periods, per location too. */
export async function readCheckTotals(tx: Tx, now: Date): Promise<Required<Pick<PublicModel, CheckTotalsPart>>> {
  const dailyChecks = await dailyTotalsByComponent(tx, new Date(uptimeFrom(now).getTime() - DAY_MS));
  const last24h = await last24hTotals(tx, "component", now);
  return {
    dailyChecks,
    last24hChecks: Object.fromEntries(last24h),
    responsePeriods: await readResponsePeriods(tx, now),
    ...(await readLocationParts(tx, now)),
  };
}

async function readResponsePeriods(tx: Tx, now: Date): Promise<ModelResponsePeriod[]> {
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
