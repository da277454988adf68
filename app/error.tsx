"use client";

// The incident store failed: say so plainly, never show internals; the digest ties it to the server log.
export default function StatusError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto grid min-h-[70vh] max-w-xl place-content-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">Status temporarily unavailable</p>
      <h1 className="text-2xl font-bold tracking-tight">We can&apos;t reach the incident store right now</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        This page could not load its data. This is a problem on our side; please try again in a moment.
      </p>
      {error.digest && <p className="text-xs text-zinc-500">Reference: {error.digest}</p>}
      <p>
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-zinc-900"
        >
          Try again
        </button>
      </p>
    </main>
  );
}
