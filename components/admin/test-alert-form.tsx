"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { TestAlertOutcome } from "@/lib/integrations/test-alert";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

type Typed = Record<string, string>;
const ACTION_LABEL = {
  status_only: "change the status only",
  draft_incident: "open a draft incident",
  publish_incident: "publish an incident",
};

/** Sends a test alert through the integration's parsing and rules and shows what Beacon would do; nothing changes. */
export function TestAlertForm({ test, sample }: { test: FormAction<TestAlertOutcome[], Typed>; sample: string }) {
  const [state, action, pending] = useActionState<FormState<TestAlertOutcome[], Typed>, FormData>(test, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.error} />
      <div>
        <label htmlFor="test-payload" className="block text-sm font-medium">
          Notification, as the sender posts it
        </label>
        <textarea
          id="test-payload"
          name="payload"
          rows={10}
          defaultValue={state.values?.payload ?? sample}
          className={`${inputClass} font-mono text-xs`}
          aria-describedby="test-payload-hint test-payload-error"
        />
        <p id="test-payload-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Read with this integration's format and rules. No status, incident or subscriber is touched.
        </p>
        <FieldError id="test-payload-error" errors={errors.payload} />
      </div>
      <PrimaryButton pending={pending}>Send test alert</PrimaryButton>
      {state.ok && (
        <ul role="status" aria-label="Test alert result" className="space-y-1 text-sm">
          {state.data.length === 0 && <li>The notification holds no alert.</li>}
          {state.data.map((alert) => (
            <li key={alert.id}>
              <strong>{alert.title}</strong> ({alert.status}):{" "}
              {alert.rule
                ? `rule #${alert.rule.position} → ${alert.rule.componentNames.join(", ") || "no component in scope"}, ${COMPONENT_STATUS_LABEL[alert.rule.status]}, ${ACTION_LABEL[alert.rule.action]}`
                : "matched no rule"}
              {alert.status === "resolved" && alert.rule ? " (resolved: the component would go back)" : ""}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
