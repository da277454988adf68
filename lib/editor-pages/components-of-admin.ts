import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listReachOfSession } from "./list-reach";
import { componentsOn } from "./where";

/**
 * The components an admin works on, for the pickers of the incident, maintenance, status-change and monitor forms and
 * the list filters: those on a limited editor's pages; undefined (every one) for anyone else. The mutations refuse
 * the others all the same (scope.ts).
 */
export async function componentsOfAdmin(admin: { userId: string; role: string }): Promise<Prisma.ComponentWhereInput | undefined> {
  const { reaches } = await listReachOfSession(admin, undefined);
  return reaches.length ? componentsOn(reaches) : undefined;
}
