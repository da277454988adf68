import "server-only";
import { type ComponentChoice, listComponentChoices } from "@/lib/components/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listReachOfSession } from "./list-reach";
import { componentsOn } from "./where";

type Admin = { userId: string; role: string };

/** The components an admin works on: those on a limited editor's pages; undefined (every one) for anyone else. */
export async function componentsOfAdmin(admin: Admin): Promise<Prisma.ComponentWhereInput | undefined> {
  const { reaches } = await listReachOfSession(admin, undefined);
  return reaches.length ? componentsOn(reaches) : undefined;
}

/**
 * The components an admin's forms offer (incident, maintenance and status pickers, the list filters): those on a
 * limited editor's pages, every one for anyone else. The mutations refuse the others all the same (scope.ts).
 */
export async function componentChoicesOf(admin: Admin): Promise<ComponentChoice[]> {
  return listComponentChoices(await componentsOfAdmin(admin));
}
