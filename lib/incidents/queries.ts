import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { ComponentStatus, IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/i18n/stored-translations";
import type { Translations } from "@/lib/i18n/translated-text";

export interface IncidentUpdateView {
  id: string;
  status: IncidentStatus;
  body: string;
  /** The body's translations by locale (lib/i18n). */
  bodyTranslations?: Translations;
  displayAt: Date;
  updatedAt: Date;
  componentChanges: { componentName: string; oldStatus: ComponentStatus; newStatus: ComponentStatus }[];
}
export interface IncidentDetailView {
  id: string;
  name: string;
  /** The name's translations by locale (lib/i18n). */
  nameTranslations?: Translations;
  status: IncidentStatus;
  impact: IncidentImpact;
  startedAt: Date;
  identifiedAt: Date | null;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
  postmortemBody: string | null;
  postmortemPublishedAt: Date | null;
  affectedComponents: string[];
  /** Newest first, as status pages show them. */
  updates: IncidentUpdateView[];
}

/** One incident with its whole timeline, or null when there is no such incident. */
export async function getIncident(id: string): Promise<IncidentDetailView | null> {
  const prisma = await getPrisma();
  const incident = await prisma.incident.findUnique({
    where: { id },
    include: {
      components: { include: { component: { select: { name: true, position: true } } } },
      updates: {
        orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }],
        include: { componentChanges: { include: { component: { select: { name: true, position: true } } } } },
      },
    },
  });
  if (!incident) return null;
  const byPosition = (a: { component: { position: number } }, b: { component: { position: number } }) =>
    a.component.position - b.component.position;
  return {
    id: incident.id,
    name: incident.name,
    nameTranslations: readTranslations(incident.nameTranslations) ?? undefined,
    status: incident.status,
    impact: incident.impact,
    startedAt: incident.startedAt,
    identifiedAt: incident.identifiedAt,
    monitoringAt: incident.monitoringAt,
    resolvedAt: incident.resolvedAt,
    postmortemBody: incident.postmortemPublishedAt ? incident.postmortemBody : null,
    postmortemPublishedAt: incident.postmortemPublishedAt,
    affectedComponents: [...incident.components].sort(byPosition).map((c) => c.component.name),
    updates: incident.updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      bodyTranslations: readTranslations(u.bodyTranslations) ?? undefined,
      displayAt: u.displayAt,
      updatedAt: u.updatedAt,
      componentChanges: [...u.componentChanges].sort(byPosition).map((c) => ({
        componentName: c.component.name,
        oldStatus: c.oldStatus,
        newStatus: c.newStatus,
      })),
    })),
  };
}

/** The incident as an admin edits it: the public view plus its version and unpublished postmortem. */
export async function getIncidentForAdmin(id: string) {
  const [incident, row] = await Promise.all([
    getIncident(id),
    (await getPrisma()).incident.findUnique({
      where: { id },
      select: { updatedAt: true, postmortemBody: true, draft: true, components: { select: { componentId: true } } },
    }),
  ]);
  if (!incident || !row) return null;
  const componentIds = row.components.map((c) => c.componentId);
  return { ...incident, updatedAt: row.updatedAt, postmortemDraft: row.postmortemBody, draft: row.draft, componentIds };
}

export interface HistoryIncidentView {
  id: string;
  name: string;
  status: IncidentStatus;
  impact: IncidentImpact;
  startedAt: Date;
  resolvedAt: Date | null;
  latestUpdateBody: string | null;
}
export interface IncidentHistoryPage {
  incidents: HistoryIncidentView[];
  page: number;
  pageCount: number;
  total: number;
}

export const HISTORY_PAGE_SIZE = 20;

/** All incidents, newest first, one page at a time. A page past the end returns null. */
export async function listIncidentHistory(page: number, pageSize = HISTORY_PAGE_SIZE): Promise<IncidentHistoryPage | null> {
  const prisma = await getPrisma();
  const total = await prisma.incident.count({ where: { draft: false } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const rows = await prisma.incident.findMany({
    where: { draft: false },
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    include: { updates: { orderBy: { displayAt: "desc" }, take: 1, select: { body: true } } },
  });
  return {
    total,
    page,
    pageCount,
    incidents: rows.map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      impact: i.impact,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      latestUpdateBody: i.updates[0]?.body ?? null,
    })),
  };
}
