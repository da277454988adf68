"use client";
import { useActionState } from "react";
import { confirmAction } from "@/app/subscribe/actions";
import type { ConfirmFormState } from "@/app/subscribe/form-state";
import { FormAlert } from "@/components/admin/form-alert";

/** Confirms with a button: mail scanners open every link (GET), so opening the link alone confirms nothing. */
export function ConfirmForm({ token, pageName, email }: { token: string; pageName: string; email: string | null }) {
  const [state, action, pending] = useActionState<ConfirmFormState, FormData>(confirmAction.bind(null, token), {});
  if (state.confirmed) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Subscription confirmed</h1>
        <p role="status" className="text-zinc-700 dark:text-zinc-300">
          {state.confirmed.email ?? "You"} will now receive {pageName} updates. Every message links to manage or cancel it.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Confirm your subscription</h1>
      <p className="break-all text-zinc-700 dark:text-zinc-300">
        Send {pageName} updates to <span className="font-medium">{email ?? "this subscription"}</span>?
      </p>
      <form action={action} className="space-y-3">
        <FormAlert message={state.error} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-60"
        >
          {pending ? "Working…" : "Confirm subscription"}
        </button>
      </form>
    </>
  );
}
