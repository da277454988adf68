import Link from "next/link";
import { signOut } from "@/app/admin/login/actions";
import type { AdminSession } from "@/lib/auth/session";

export function AdminHeader({ session }: { session: AdminSession }) {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <nav aria-label="Admin" className="flex items-center gap-5 text-sm font-medium">
          <Link href="/admin" className="font-semibold">Beacon admin</Link>
          <Link href="/admin/incidents/new" className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">New incident</Link>
          <Link href="/" className="text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white">Public page ↗</Link>
        </nav>
        <form action={signOut} className="flex items-center gap-3 text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">
            {session.email} · {session.role}
          </span>
          <button type="submit" className="rounded-md border border-zinc-300 px-2.5 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
