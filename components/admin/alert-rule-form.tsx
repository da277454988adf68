"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

type Typed = Record<string, string>;
const STATUSES = ["major_outage", "partial_outage", "degraded_performance", "under_maintenance"] as const;
const ACTIONS = [
  { value: "draft_incident", label: "Open a draft incident for review" },
  { value: "publish_incident", label: "Publish an incident at once" },
  { value: "status_only", label: "Change the status only" },
];

/** A new rule: label matchers → a component or group, a status and what to do. */
export function AlertRuleForm({ add, targets }: { add: FormAction<undefined, Typed>; targets: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState<FormState<undefined, Typed>, FormData>(add, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" key={state.ok ? "added" : JSON.stringify(v ?? {})}>
      <FormAlert message={state.error} />
      <div>
        <label htmlFor="rule-matchers" className="block text-sm font-medium">
          Matchers
        </label>
        <input
          id="rule-matchers"
          name="matchers"
          defaultValue={v?.matchers}
          placeholder='service="backend-api", severity="critical"'
          className={`${inputClass} font-mono`}
          aria-describedby="rule-matchers-hint rule-matchers-error"
        />
        <p id="rule-matchers-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Labels as Prometheus writes them: <code>=</code>, <code>!=</code>, <code>=~</code> and <code>!~</code> (anchored regular
          expressions); <code>title</code> and <code>description</code> match the alert's fields. Every matcher must hold.
        </p>
        <FieldError id="rule-matchers-error" errors={errors.matchers} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="rule-target" className="block text-sm font-medium">
            Component or group
          </label>
          <select id="rule-target" name="target" defaultValue={v?.target} className={inputClass}>
            {targets.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <FieldError id="rule-target-error" errors={errors.target} />
        </div>
        <div>
          <label htmlFor="rule-status" className="block text-sm font-medium">
            Status while firing
          </label>
          <select id="rule-status" name="status" defaultValue={v?.status ?? "major_outage"} className={inputClass}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {COMPONENT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id="rule-status-error" errors={errors.status} />
        </div>
        <div>
          <label htmlFor="rule-action" className="block text-sm font-medium">
            Action
          </label>
          <select id="rule-action" name="action" defaultValue={v?.action ?? "draft_incident"} className={inputClass}>
            {ACTIONS.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
          <FieldError id="rule-action-error" errors={errors.action} />
        </div>
      </div>
      <div className="max-w-40">
        <label htmlFor="rule-position" className="block text-sm font-medium">
          Order
        </label>
        <input id="rule-position" name="position" inputMode="numeric" defaultValue={v?.position ?? "0"} className={inputClass} />
        <FieldError id="rule-position-error" errors={errors.position} />
      </div>
      <PrimaryButton pending={pending}>Add rule</PrimaryButton>
    </form>
  );
}
