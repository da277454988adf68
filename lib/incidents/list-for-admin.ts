import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IncidentImpact } from "@/lib/generated/prisma/enums";
import { fromDatetimeLocal } from "@/lib/time/datetime-local";
import { unresolvedIncidentStatus } from "./unresolved";

export const ADMIN_INCIDENTS_PAGE_SIZE = 25;
export const INCIDENT_STATES = ["open", "resolved", "all"] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** The admin's incident list filter; every field as it arrives from the query string, already trimmed. */
export interface AdminIncidentFilter {
  state: IncidentState;
  search?: string;
  componentId?: string;
  impact?: string;
  /** Calendar days (YYYY-MM-DD) in the page's time zone; an incident counts by the day it started. */
  from?: string;
  to?: string;
  /** A status page's slug: only incidents that show on it. */
  statusPage?: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight starting `day` (or the day after, `plusDays`) in `timeZone`; undefined for a malformed day. */
function dayStart(day: string | undefined, timeZone: string, plusDays = 0): Date | undefined {
  if (!day || !DAY.test(day)) return undefined;
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 16);
  const iso = fromDatetimeLocal(shifted, timeZone);
  return iso ? new Date(iso) : undefined;
}

function whereOf(filter: AdminIncidentFilter, timeZone: string): Prisma.IncidentWhereInput {
  const unresolved = unresolvedIncidentStatus();
  const from = dayStart(filter.from, timeZone);
  const before = dayStart(filter.to, timeZone, 1);
  const impact = (Object.values(IncidentImpact) as string[]).includes(filter.impact ?? "") ? (filter.impact as IncidentImpact) : undefined;
  return {
    ...(filter.state === "open" ? { status: unresolved } : filter.state === "resolved" ? { status: { notIn: unresolved.in } } : {}),
    ...(filter.search ? { name: { contains: filter.search, mode: "insensitive" as const } } : {}),
    ...(filter.componentId ? { components: { some: { componentId: filter.componentId } } } : {}),
    ...(impact ? { impact } : {}),
    ...(from || before ? { startedAt: { ...(from ? { gte: from } : {}), ...(before ? { lt: before } : {}) } } : {}),
  };
}

/**
 * One page of incidents matching the filter, newest first, with the names of the components they affect; `onPages`
 * narrows to the status pages filtered by or an editor is limited to (lib/editor-pages/where.ts).
 */
export async function listIncidentsForAdmin(filter: AdminIncidentFilter, timeZone: string, onPages: Prisma.IncidentWhereInput = {}) {
  const prisma = await getPrisma();
  const where = { AND: [whereOf(filter, timeZone), onPages] };
  const total = await prisma.incident.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_INCIDENTS_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await prisma.incident.findMany({
    where,
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_INCIDENTS_PAGE_SIZE,
    take: ADMIN_INCIDENTS_PAGE_SIZE,
    include: { components: { include: { component: { select: { name: true, position: true } } } } },
  });
  const incidents = rows.map(({ components, ...incident }) => ({
    ...incident,
    componentNames: components.sort((a, b) => a.component.position - b.component.position).map((c) => c.component.name),
  }));
  return { incidents, total, page, pageCount };
}
