import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";

export const RECENT_INCIDENTS_LIMIT = 50;

/**
 * The newest incidents (by start) with their whole timelines, newest update first, for the admin API:
 * a script finds the open incident it should post to here. `onPages`: a limited editor's pages.
 */
export async function listRecentIncidents(limit = RECENT_INCIDENTS_LIMIT, onPages: Prisma.IncidentWhereInput = {}) {
  const prisma = await getPrisma();
  const incidents = await prisma.incident.findMany({
    where: onPages,
    orderBy: [{ startedAt: "desc" }, { id: "asc" }],
    take: limit,
    include: {
      components: { select: { componentId: true } },
      updates: {
        orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }],
        include: { componentChanges: { select: { componentId: true, oldStatus: true, newStatus: true } } },
      },
    },
  });
  return incidents.map(({ components, ...incident }) => ({
    ...incident,
    componentIds: components.map((c) => c.componentId).sort(),
  }));
}
