import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";

export const RECENTLY_COMPLETED_FOR_API_LIMIT = 20;

const withTimeline = {
  components: { select: { componentId: true } },
  updates: { orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }] },
} satisfies Prisma.ScheduledMaintenanceInclude;

/**
 * For the admin API: all maintenance underway or still to come (soonest first), then the most recently completed,
 * each with its component ids and updates, newest first; a script finds the maintenance it should post to here.
 * `onPages`: a limited editor's pages.
 */
export async function listMaintenancesForApi(
  completedLimit = RECENTLY_COMPLETED_FOR_API_LIMIT,
  onPages: Prisma.ScheduledMaintenanceWhereInput = {},
) {
  const prisma = await getPrisma();
  const [open, completed] = await Promise.all([
    prisma.scheduledMaintenance.findMany({
      where: { AND: [{ status: { in: ["scheduled", "in_progress", "verifying"] } }, onPages] },
      orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
      include: withTimeline,
    }),
    prisma.scheduledMaintenance.findMany({
      where: { AND: [{ status: "completed" }, onPages] },
      orderBy: [{ completedAt: "desc" }, { id: "asc" }],
      take: completedLimit,
      include: withTimeline,
    }),
  ]);
  return [...open, ...completed].map(({ components, ...maintenance }) => ({
    ...maintenance,
    componentIds: components.map((c) => c.componentId).sort(),
  }));
}
