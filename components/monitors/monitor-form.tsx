"use client";
import { useActionState, useId, useState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";
import { HeartbeatUrlNotice } from "./heartbeat-url-notice";
import { MonitorField } from "./monitor-field";
import type { MonitorFormState } from "./monitor-form-state";
import { MonitorKindFields } from "./monitor-kind-fields";
import { PlacementFields } from "./placement-fields";

type MonitorAction = (previous: MonitorFormState, form: FormData) => Promise<MonitorFormState>;
const KINDS = [
  { value: "http", label: "HTTP(S) request" },
  { value: "tcp", label: "TCP connection" },
  { value: "heartbeat", label: "Heartbeat (the service calls Beacon)" },
  { value: "dns", label: "DNS lookup" },
  { value: "tls", label: "TLS certificate" },
  { value: "postgres", label: "Postgres (connect and SELECT 1)" },
];

/** Adds a monitor (no `saved`) or edits one; the fields follow the kind, and a failed submit keeps what was typed. */
export function MonitorForm({
  action,
  components,
  saved,
  locations = [],
}: {
  action: MonitorAction;
  components: { id: string; name: string }[];
  saved?: Record<string, string>;
  /** Probe locations a monitor may run on (Admin → Probes). */
  locations?: { id: string; name: string }[];
}) {
  const [state, run, pending] = useActionState<MonitorFormState, FormData>(action, {});
  const formId = useId();
  const v = state.values ?? (state.data?.created ? {} : saved) ?? {};
  const [kind, setKind] = useState(saved?.kind ?? "http");
  const errors = state.fieldErrors ?? {};
  const field = { formId, errors };
  return (
    <div className="space-y-4">
      {state.data?.created?.heartbeatUrl && <HeartbeatUrlNotice url={state.data?.created.heartbeatUrl} />}
      {state.data?.created && !state.data?.created.heartbeatUrl && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          Monitor “{state.data?.created.name}” added; its first check runs now.{" "}
          <a className="underline" href={`/admin/monitors/${state.data?.created.id}`}>
            Open it
          </a>
        </p>
      )}
      {state.data?.saved && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          Saved; the next check runs now.
        </p>
      )}
      {state.data?.warning && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {state.data?.warning}
        </p>
      )}
      <form action={run} className="space-y-4" key={`${state.data?.created?.id ?? ""}:${JSON.stringify(state.values ?? {})}`}>
        <FormAlert message={state.error} />
        <div className="grid gap-4 sm:grid-cols-2">
          <MonitorField {...field} name="name" label="Name" value={v.name} placeholder="API health endpoint" />
          <div>
            <label htmlFor={`${formId}-componentId`} className="block text-sm font-medium">
              Component
            </label>
            <select
              id={`${formId}-componentId`}
              name="componentId"
              defaultValue={v.componentId ?? ""}
              className={inputClass}
              aria-describedby={`${formId}-componentId-error`}
            >
              <option value="" disabled>
                Choose a component
              </option>
              {components.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <FieldError id={`${formId}-componentId-error`} errors={errors.componentId} />
          </div>
          {saved ? (
            <input type="hidden" name="kind" value={kind} />
          ) : (
            <div>
              <label htmlFor={`${formId}-kind`} className="block text-sm font-medium">
                Kind
              </label>
              <select id={`${formId}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
                {KINDS.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
              <FieldError id={`${formId}-kind-error`} errors={errors.kind} />
            </div>
          )}
          <MonitorField
            {...field}
            name="intervalSeconds"
            type="number"
            label={kind === "heartbeat" ? "Expected every (seconds)" : "Check every (seconds)"}
            value={v.intervalSeconds ?? "60"}
            hint="10 s to 1 h (3600)"
          />
          <MonitorField
            {...field}
            name="timeoutMs"
            type="number"
            label={kind === "heartbeat" ? "Grace (ms)" : "Timeout (ms)"}
            value={v.timeoutMs ?? "10000"}
            hint={kind === "heartbeat" ? "How late a push may be before it counts as missed" : "Shorter than the interval"}
          />
          <MonitorField
            {...field}
            name="failureThreshold"
            type="number"
            label="Down after (failures in a row)"
            value={v.failureThreshold ?? "3"}
          />
          <MonitorField
            {...field}
            name="recoveryThreshold"
            type="number"
            label="Up again after (successes in a row)"
            value={v.recoveryThreshold ?? "2"}
          />
        </div>
        <MonitorKindFields {...field} kind={kind} values={v} />
        {kind !== "heartbeat" && <PlacementFields {...field} values={v} locations={locations} />}
        <PrimaryButton pending={pending}>{saved ? "Save monitor" : "Add monitor"}</PrimaryButton>
      </form>
    </div>
  );
}
