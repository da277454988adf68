import Link from "next/link";

/** What an admin page shows while the incident store cannot be reached (texts from lib/core/store-outage.ts). */
export function StoreUnavailableNotice({ title, body }: { title: string; body: string }) {
  return (
    <main id="main" className="mx-auto grid min-h-[70vh] max-w-xl place-content-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-amber-700 dark:text-amber-400">Beacon admin · 503</p>
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p role="alert" className="text-zinc-600 dark:text-zinc-400">
        {body}
      </p>
      <p>
        <Link href="/" className="font-medium text-sky-700 underline dark:text-sky-400">
          The public status page
        </Link>
      </p>
    </main>
  );
}
