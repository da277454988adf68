import "server-only";
import { type ComponentChoice, listComponentChoices } from "@/lib/components/queries";
import { listReachOfSession } from "./list-reach";
import { componentsOn } from "./where";

/**
 * The components an admin's forms offer (incident, maintenance and status pickers, the list filters): those on a
 * limited editor's pages, every one for anyone else. The mutations refuse the others all the same (scope.ts).
 */
export async function componentChoicesOf(admin: { userId: string; role: string }): Promise<ComponentChoice[]> {
  const { reaches } = await listReachOfSession(admin, undefined);
  return listComponentChoices(reaches.length ? componentsOn(reaches) : undefined);
}
