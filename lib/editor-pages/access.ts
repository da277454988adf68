import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { type Access, accessTo } from "./rule";
import { editorScopeOfUser, incidentTarget, maintenanceTarget } from "./scope";

// How far an admin page goes for one incident or maintenance opened by its URL: its forms when the admin may change
// it, read only when a limited editor's pages hold only some of it, and the admin's 404 ("not yours", as for an id
// that names nothing) when they hold none of it. Lists already hold only what such an editor may see (where.ts).

type Admin = { userId: string; role: string };

export async function accessToIncident(admin: Admin, incidentId: string): Promise<Access> {
  const prisma = await getPrisma();
  const scope = await editorScopeOfUser(prisma, admin.userId, admin.role);
  return scope.limited ? accessTo(scope, await incidentTarget(prisma, incidentId)) : "change";
}

export async function accessToMaintenance(admin: Admin, maintenanceId: string): Promise<Access> {
  const prisma = await getPrisma();
  const scope = await editorScopeOfUser(prisma, admin.userId, admin.role);
  return scope.limited ? accessTo(scope, await maintenanceTarget(prisma, maintenanceId)) : "change";
}
