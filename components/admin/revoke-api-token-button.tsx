"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";

export function RevokeApiTokenButton({ revoke, name }: { revoke: FormAction; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(revoke, {});
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Revoke “${name}”? Anything using it stops working at once.`)) event.preventDefault();
      }}
    >
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoke ${name}`}
        className="rounded-md border border-red-300 px-2.5 py-1 text-xs font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
    </form>
  );
}
