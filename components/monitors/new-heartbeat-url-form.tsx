"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { smallButtonClass } from "@/components/admin/inline-action";
import { HeartbeatUrlNotice } from "./heartbeat-url-notice";
import type { MonitorFormState } from "./monitor-form-state";

/** The push URL is shown only when made; this makes a new one (the old one stops working at once). */
export function NewHeartbeatUrlForm({ action }: { action: (previous: MonitorFormState, form: FormData) => Promise<MonitorFormState> }) {
  const [state, run, pending] = useActionState<MonitorFormState, FormData>(action, {});
  return (
    <div className="space-y-3">
      {state.data?.created?.heartbeatUrl ? (
        <HeartbeatUrlNotice url={state.data?.created.heartbeatUrl} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The push URL was shown once, when the monitor was added; Beacon keeps only its hash. Lost it? Make a new one and update the
          service that calls it.
        </p>
      )}
      <form action={run}>
        <FormAlert message={state.error} />
        <button type="submit" disabled={pending} className={smallButtonClass}>
          {pending ? "Working…" : "Make a new push URL"}
        </button>
      </form>
    </div>
  );
}
