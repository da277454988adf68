"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { smallButtonClass } from "./inline-action";
import { type IntegrationCredentials, IntegrationCredentialsNotice } from "./integration-credentials-notice";

/** New secret URL and bearer token (the old ones stop working at once), shown this once. */
export function RotateIntegrationButton({ rotate, origin }: { rotate: FormAction<IntegrationCredentials>; origin: string }) {
  const [state, action, pending] = useActionState<FormState<IntegrationCredentials>, FormData>(rotate, {});
  return (
    <div className="space-y-3">
      {state.data && <IntegrationCredentialsNotice credentials={state.data} origin={origin} />}
      <form action={action} className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={smallButtonClass}>
          Rotate secret and token
        </button>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">The sender must be given the new ones.</span>
        <FormAlert message={state.error} />
      </form>
    </div>
  );
}
