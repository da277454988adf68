"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";

/** How a maintenance repeats (or which series it belongs to), and the way to stop a series. */
export function MaintenanceSeriesCard({
  recurrence,
  seriesId,
  stop,
}: {
  recurrence: { rule: string; timeZone: string } | null;
  seriesId: string | null;
  stop?: FormAction;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(stop ?? (async () => ({})), {});
  if (seriesId) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        One occurrence of a{" "}
        <Link href={`/admin/maintenance/${seriesId}`} className="text-sky-700 underline dark:text-sky-400">
          recurring maintenance
        </Link>
        ; it starts and completes on its own.
      </p>
    );
  }
  if (!recurrence) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <p className="text-zinc-700 dark:text-zinc-300">
        Repeats <code className="font-mono">{recurrence.rule}</code> in {recurrence.timeZone}; each occurrence is added 14 days ahead.
      </p>
      {stop && (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-xs font-semibold hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900"
        >
          {pending ? "Stopping…" : "Stop repeating"}
        </button>
      )}
      {state.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
    </form>
  );
}
