import Link from "next/link";
import { may, type Permission } from "@/lib/auth/roles";
import type { AdminSession } from "@/lib/auth/session";

// Each page's link shows only to roles that may use it (lib/auth/roles.ts).
const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin/incidents/new", label: "New incident", permission: "incidents.manage" },
  { href: "/admin/templates", label: "Templates", permission: "templates.manage" },
  { href: "/admin/components", label: "Components", permission: "components.manage" },
  { href: "/admin/monitors", label: "Monitors", permission: "monitors.manage" },
  { href: "/admin/maintenance", label: "Maintenance", permission: "maintenance.manage" },
  { href: "/admin/settings", label: "Settings", permission: "page-settings.edit" },
  { href: "/admin/badges", label: "Badges", permission: "badges.view" },
  { href: "/admin/subscribers", label: "Subscribers", permission: "subscribers.view" },
  { href: "/admin/deliveries", label: "Deliveries", permission: "deliveries.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
  { href: "/admin/users", label: "Admins", permission: "users.manage" },
  { href: "/admin/tokens", label: "API tokens", permission: "api-tokens.manage" },
];

export function AdminHeader({ session, signOut }: { session: AdminSession; signOut: () => Promise<void> }) {
  const links = LINKS.filter((link) => may(session.role, link.permission));
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <nav aria-label="Admin" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
          <Link href="/admin" className="font-semibold">
            Beacon admin
          </Link>
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">
              {link.label}
            </Link>
          ))}
          <Link href="/" className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">
            Public page ↗
          </Link>
        </nav>
        <form action={signOut} className="flex items-center gap-3 text-sm">
          <Link href="/admin/account" className="text-zinc-600 hover:underline dark:text-zinc-400">
            {session.email} · {session.role}
          </Link>
          <button
            type="submit"
            className="rounded-md border border-zinc-300 px-2.5 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
