"use client";
import { type ReactNode, useActionState } from "react";
import type { FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";

type RowAction = (previous: FormState, form: FormData) => Promise<FormState>;

export const smallButtonClass =
  "rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** One button that runs a row's action (move, hide, show) and shows why it failed, if it did. */
export function InlineAction({
  action,
  label,
  children,
  disabled,
}: {
  action: RowAction;
  label: string;
  children: ReactNode;
  disabled?: boolean;
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={run} className="flex flex-wrap items-center gap-2">
      <button type="submit" aria-label={label} title={label} disabled={disabled || pending} className={smallButtonClass}>
        {children}
      </button>
      <FormAlert message={state.error} />
    </form>
  );
}

/** Delete behind a second click, with the refusal (e.g. an open incident) shown beside the button. */
export function DeleteAction({ action, what, consequence }: { action: RowAction; what: string; consequence: string }) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <details className="text-sm" open={state.error ? true : undefined}>
      <summary className="cursor-pointer text-red-700 dark:text-red-400">Delete</summary>
      <form action={run} className="mt-2 space-y-2">
        <p>{consequence}</p>
        <FormAlert message={state.error} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-700 px-3 py-1 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? "Deleting…" : `Delete ${what}`}
        </button>
      </form>
    </details>
  );
}

/** Queues a test message to one subscriber and says where to see how it went. */
export function TestMessageAction({ action }: { action: RowAction }) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={run} className="space-y-1 text-sm">
      <button type="submit" disabled={pending} className={smallButtonClass}>
        {pending ? "Queuing…" : "Send test"}
      </button>
      {state.ok && (
        <p role="status" className="text-xs text-emerald-800 dark:text-emerald-300">
          Queued: see{" "}
          <a href="/admin/deliveries" className="underline">
            Deliveries
          </a>
          .
        </p>
      )}
      <FormAlert message={state.error} />
    </form>
  );
}
