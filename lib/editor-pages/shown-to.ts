import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { listReachOfSession } from "./list-reach";
import { incidentsOn, maintenancesOn } from "./where";

// The dashboard shows what the default page shows (its active incidents, drafts and upcoming maintenance); a limited
// editor sees there only what their lists would hold.

type Admin = { userId: string; role: string };

export async function incidentsShownTo(admin: Admin, ids: readonly string[]): Promise<ReadonlySet<string>> {
  const { reaches } = await listReachOfSession(admin, undefined);
  if (reaches.length === 0 || ids.length === 0) return new Set(ids);
  const rows = await (await getPrisma()).incident.findMany({
    where: { AND: [{ id: { in: [...ids] } }, incidentsOn(reaches)] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

export async function maintenancesShownTo(admin: Admin, ids: readonly string[]): Promise<ReadonlySet<string>> {
  const { reaches } = await listReachOfSession(admin, undefined);
  if (reaches.length === 0 || ids.length === 0) return new Set(ids);
  const rows = await (await getPrisma()).scheduledMaintenance.findMany({
    where: { AND: [{ id: { in: [...ids] } }, maintenancesOn(reaches)] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
