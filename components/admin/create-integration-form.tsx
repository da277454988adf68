"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { ComponentCheckboxes } from "./component-checkboxes";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { type IntegrationCredentials, IntegrationCredentialsNotice } from "./integration-credentials-notice";

type Typed = Record<string, string>;

const KINDS = [
  { value: "alertmanager", label: "Prometheus Alertmanager (webhook, payload version 4)" },
  { value: "grafana", label: "Grafana alerting (webhook contact point)" },
  { value: "generic", label: "Generic JSON (JSON paths below)" },
];

const MAPPING_EXAMPLE =
  '{"alerts":"$.alerts","id":"$.id","status":"$.status","title":"$.title","description":"$.text","labels":"$.labels"}';

export function CreateIntegrationForm({
  create,
  origin,
  components,
}: {
  create: FormAction<IntegrationCredentials, Typed>;
  origin: string;
  components: ComponentChoice[];
}) {
  const [state, action, pending] = useActionState<FormState<IntegrationCredentials, Typed>, FormData>(create, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const field = (name: string, label: string, hint: string, placeholder?: string) => (
    <div>
      <label htmlFor={`integration-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`integration-${name}`}
        name={name}
        defaultValue={v?.[name]}
        placeholder={placeholder}
        inputMode={name === "name" ? undefined : "numeric"}
        className={inputClass}
        aria-describedby={`integration-${name}-hint integration-${name}-error`}
      />
      <p id={`integration-${name}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </p>
      <FieldError id={`integration-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <div className="space-y-5">
      {state.data && <IntegrationCredentialsNotice credentials={state.data} origin={origin} />}
      <form action={action} className="space-y-5" key={`${state.data?.url ?? ""}:${JSON.stringify(v ?? {})}`}>
        <FormAlert message={state.error} />
        {field("name", "Name", "How the audit log and incident timeline name this sender.", "Production Alertmanager")}
        <div>
          <label htmlFor="integration-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="integration-kind" name="kind" defaultValue={v?.kind ?? "alertmanager"} className={inputClass}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <FieldError id="integration-kind-error" errors={errors.kind} />
        </div>
        <div>
          <label htmlFor="integration-mapping" className="block text-sm font-medium">
            Mapping (generic JSON only)
          </label>
          <textarea
            id="integration-mapping"
            name="mapping"
            rows={3}
            defaultValue={v?.mapping}
            placeholder={MAPPING_EXAMPLE}
            className={`${inputClass} font-mono`}
            aria-describedby="integration-mapping-hint integration-mapping-error"
          />
          <p id="integration-mapping-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            JSON paths to the alert list and, in each alert, its id, status, title, description and labels. A status of resolved, ok,
            inactive or normal means the alert is over.
          </p>
          <FieldError id="integration-mapping-error" errors={errors.mapping} />
        </div>
        <ComponentCheckboxes
          legend="Scope: the components this integration's rules may move (none checked: every component)"
          components={components}
          isChecked={(id) => v?.[`component:${id}`] === "on"}
          errors={errors.componentScope}
          errorId="integration-scope-error"
        />
        <div className="grid gap-4 sm:grid-cols-3">
          {field("rateLimitPerMinute", "Requests per minute", "More are answered 429.", "120")}
          {field("maxBodyBytes", "Largest body (bytes)", "Larger bodies are answered 413.", "262144")}
          {field("holdDownSeconds", "Hold-down (seconds)", "A resolved outage that fires again within it reopens its incident.", "600")}
        </div>
        <PrimaryButton pending={pending}>Create integration</PrimaryButton>
      </form>
    </div>
  );
}
