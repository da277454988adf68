import Link from "next/link";

/** Inside the console, a missing record keeps the admin navigation around it (the public 404 has the page's header). */
export default function AdminNotFound() {
  return (
    <div className="space-y-3">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="text-2xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        The record may have been deleted, the address is mistyped, or it is outside the pages your account is limited to.
      </p>
      <p>
        <Link href="/admin" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          ← Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
