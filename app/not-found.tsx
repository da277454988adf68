import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto grid min-h-[70vh] max-w-xl place-content-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="text-2xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="text-zinc-600 dark:text-zinc-400">The incident or page you are looking for does not exist, or it was removed.</p>
      <p>
        <Link href="/" className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          ← Back to the current status
        </Link>
      </p>
    </main>
  );
}
