import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/audit/actor";
import { getAuth } from "./auth";
import { type AdminRole, may, type Permission } from "./roles";

export interface AdminSession {
  userId: string;
  email: string;
  name: string;
  role: AdminRole;
}

/** The signed-in admin of this request, or null; checked against the store on every request. */
export const getAdminSession = cache(async (): Promise<AdminSession | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const role = (session.user as { role?: string }).role === "owner" ? "owner" : "editor";
  return { userId: session.user.id, email: session.user.email, name: session.user.name, role };
});

/**
 * The guard at the top of every admin page and route: no session, no admin; a role without `permission` goes back to
 * the dashboard. Server actions go through lib/admin-actions instead, which answers the form rather than redirecting.
 */
export async function requireAdmin(options: { permission?: Permission } = {}): Promise<AdminSession> {
  const session = await getAdminSession();
  if (!session) redirect("/admin/login");
  if (options.permission && !may(session.role, options.permission)) redirect("/admin?denied=owner");
  return session;
}

export function actorOf(session: AdminSession): Actor {
  return { type: "user", id: session.userId, label: session.email };
}
