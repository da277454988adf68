import Link from "next/link";
import { signOut } from "@/app/admin/login/actions";
import type { AdminSession } from "@/lib/auth/session";

const LINKS = [
  { href: "/admin/incidents/new", label: "New incident" },
  { href: "/admin/templates", label: "Templates" },
  { href: "/admin/components", label: "Components" },
  { href: "/admin/monitors", label: "Monitors" },
  { href: "/admin/maintenance", label: "Maintenance" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/badges", label: "Badges" },
  { href: "/admin/subscribers", label: "Subscribers" },
  { href: "/admin/deliveries", label: "Deliveries" },
  { href: "/admin/audit", label: "Audit log" },
];
const OWNER_LINKS = [
  { href: "/admin/users", label: "Admins" },
  { href: "/admin/tokens", label: "API tokens" },
];

export function AdminHeader({ session }: { session: AdminSession }) {
  const links = session.role === "owner" ? [...LINKS, ...OWNER_LINKS] : LINKS;
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
