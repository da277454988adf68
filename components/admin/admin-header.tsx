"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { type AdminRole, may, type Permission } from "@/lib/auth/roles";

type AdminLink = { href: string; label: string; permission: Permission };

// Each link shows only to roles that may use it (lib/auth/roles.ts). Grouped by what an operator comes for, so the list reads as a few short columns instead of one long wrapped line.
const GROUPS: { title: string; links: AdminLink[] }[] = [
  {
    title: "Incidents",
    links: [
      { href: "/admin/incidents/new", label: "New incident", permission: "incidents.manage" },
      { href: "/admin/incidents", label: "All incidents", permission: "incidents.manage" },
      { href: "/admin/templates", label: "Templates", permission: "templates.manage" },
      { href: "/admin/maintenance", label: "Maintenance", permission: "maintenance.manage" },
    ],
  },
  {
    title: "Status page",
    links: [
      { href: "/admin/components", label: "Components", permission: "components.manage" },
      { href: "/admin/monitors", label: "Monitors", permission: "monitors.manage" },
      { href: "/admin/upstreams", label: "Upstreams", permission: "components.manage" },
      { href: "/admin/probes", label: "Probes", permission: "monitors.manage" },
      { href: "/admin/integrations", label: "Alert integrations", permission: "monitors.manage" },
      { href: "/admin/badges", label: "Badges", permission: "badges.view" },
      { href: "/admin/pages", label: "Pages", permission: "page-settings.edit" },
      { href: "/admin/settings", label: "Settings", permission: "page-settings.edit" },
    ],
  },
  {
    title: "Subscribers",
    links: [
      { href: "/admin/subscribers", label: "Subscribers", permission: "subscribers.view" },
      { href: "/admin/deliveries", label: "Deliveries", permission: "deliveries.manage" },
    ],
  },
  {
    title: "Access",
    links: [
      { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
      { href: "/admin/users", label: "Admins", permission: "users.manage" },
      { href: "/admin/tokens", label: "API tokens", permission: "api-tokens.manage" },
      { href: "/admin/sla", label: "SLA report", permission: "reports.view" },
    ],
  },
];

const linkClass =
  "block rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 aria-[current=page]:bg-zinc-100 aria-[current=page]:font-semibold aria-[current=page]:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white dark:aria-[current=page]:bg-zinc-800 dark:aria-[current=page]:text-white";

/**
 * The console's navigation: a sidebar from `lg` up; below that a bar with a Menu button that opens the same grouped
 * links (and closes again on navigation), so a phone sees one line instead of five.
 */
export function AdminHeader({
  email,
  role,
  signOut,
  draftCount = 0,
}: {
  email: string;
  role: AdminRole;
  signOut: () => Promise<void>;
  /** Draft incidents waiting for review (opened by alert rules): a badge beside the console's name. */
  draftCount?: number;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing the menu is the reaction to a new pathname.
  useEffect(() => setOpen(false), [pathname]);
  // The longest matching link is the current one, so "All incidents" is not also current on "New incident".
  const matching = GROUPS.flatMap((g) => g.links.map((l) => l.href)).filter((href) => pathname === href || pathname.startsWith(`${href}/`));
  const best = matching.sort((a, b) => b.length - a.length)[0];
  const current = (href: string) => (href === best ? "page" : undefined);

  return (
    <header className="border-b border-zinc-200 bg-white lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-r lg:border-b-0 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-2">
          <Link href="/admin" className="font-semibold">
            Beacon admin
          </Link>
          {draftCount > 0 && (
            <Link
              href="/admin#draft-incidents"
              className="rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-300"
              aria-label={`${draftCount} draft incident${draftCount === 1 ? "" : "s"} to review`}
            >
              {draftCount} draft{draftCount === 1 ? "" : "s"}
            </Link>
          )}
        </div>
        <button
          type="button"
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm lg:hidden dark:border-zinc-700"
          aria-expanded={open}
          aria-controls="admin-menu"
          onClick={() => setOpen(!open)}
        >
          {open ? "Close menu" : "Menu"}
        </button>
      </div>
      <div id="admin-menu" className={`${open ? "block" : "hidden"} space-y-4 px-4 pb-4 text-sm lg:block`}>
        <nav aria-label="Admin" className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4 lg:grid-cols-1">
          {GROUPS.map((group) => (
            <div key={group.title}>
              <p className="px-2 text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{group.title}</p>
              <ul className="mt-1">
                {group.links
                  .filter((link) => may(role, link.permission))
                  .map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} aria-current={current(link.href)} className={linkClass}>
                        {link.label}
                      </Link>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
          <Link href="/" className={`${linkClass} col-span-full`}>
            Public page ↗
          </Link>
        </nav>
        <form action={signOut} className="flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <Link
            href="/admin/account"
            aria-current={current("/admin/account")}
            className="min-w-0 max-w-full text-zinc-600 [overflow-wrap:anywhere] hover:underline lg:basis-full dark:text-zinc-400"
          >
            {email} · {role}
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
