import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { type LocationStats, locationStats } from "./location-stats";

const DAY_MS = 24 * 60 * 60 * 1000;

export type LocationBreakdownRow = LocationStats & { name: string; offline: boolean };

/**
 * What each probe location saw of one monitor in the last 24 h (before the quorum decided), for its admin page;
 * null for a monitor that runs built-in.
 */
export async function monitorLocationBreakdown(monitorId: string, now = new Date()): Promise<LocationBreakdownRow[] | null> {
  const prisma = await getPrisma();
  const assignments = await prisma.probeAssignment.findMany({
    where: { monitorId },
    select: { location: { select: { id: true, name: true, offlineSince: true } } },
    orderBy: { location: { name: "asc" } },
  });
  if (assignments.length === 0) return null;
  const results = await prisma.probeResult.findMany({
    where: { monitorId, dueAt: { gte: new Date(now.getTime() - DAY_MS) } },
    select: { locationId: true, startedAt: true, ok: true, responseTimeMs: true, error: true },
  });
  const locations = new Map(assignments.map((a) => [a.location.id, a.location]));
  return locationStats(results, [...locations.keys()]).map((stats) => ({
    ...stats,
    name: locations.get(stats.locationId)?.name ?? stats.locationId,
    offline: Boolean(locations.get(stats.locationId)?.offlineSince),
  }));
}
