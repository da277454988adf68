import "server-only";
import { getPrisma } from "@/lib/db/boot";

/** Draft incidents (opened by alert rules for review), newest first, for the admin dashboard. */
export async function listDraftIncidents() {
  const prisma = await getPrisma();
  return prisma.incident.findMany({
    where: { draft: true },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: { id: true, name: true, impact: true, status: true, startedAt: true, updatedAt: true },
  });
}

/** How many drafts wait for review: the admin header's badge. */
export async function countDraftIncidents(): Promise<number> {
  return (await getPrisma()).incident.count({ where: { draft: true } });
}
