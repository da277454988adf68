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

/**
 * A rule: label matchers → a component or group, a status and what to do. Without `rule` it adds a new one; with
 * it, it edits that rule in place (`idPrefix` keeps each edit form's field ids apart).
 */
export function AlertRuleForm({
  add,
  targets,
  rule,
  idPrefix = "rule",
}: {
  add: FormAction<undefined, Typed>;
  targets: { value: string; label: string }[];
  rule?: Typed;
  idPrefix?: string;
}) {
  const [state, action, pending] = useActionState<FormState<undefined, Typed>, FormData>(add, {});
  // After a successful edit the page shows the saved rule, so the form starts from it again.
  const v = state.values ?? rule;
  const errors = state.fieldErrors ?? {};
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form action={action} className="space-y-4" key={state.ok ? "added" : JSON.stringify(v ?? {})}>
      <FormAlert message={state.error} />
      <div>
        <label htmlFor={id("matchers")} className="block text-sm font-medium">
          Matchers
        </label>
        <input
          id={id("matchers")}
          name="matchers"
          defaultValue={v?.matchers}
          placeholder='service="backend-api", severity="critical"'
          className={`${inputClass} font-mono`}
          aria-describedby={`${id("matchers-hint")} ${id("matchers-error")}`}
        />
        <p id={id("matchers-hint")} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Labels as Prometheus writes them: <code>=</code>, <code>!=</code>, <code>=~</code> and <code>!~</code> (anchored regular
          expressions); <code>title</code> and <code>description</code> match the alert's fields. Every matcher must hold.
        </p>
        <FieldError id={id("matchers-error")} errors={errors.matchers} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={id("target")} className="block text-sm font-medium">
            Component or group
          </label>
          <select id={id("target")} name="target" defaultValue={v?.target} className={inputClass}>
            {targets.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <FieldError id={id("target-error")} errors={errors.target} />
        </div>
        <div>
          <label htmlFor={id("status")} className="block text-sm font-medium">
            Status while firing
          </label>
          <select id={id("status")} name="status" defaultValue={v?.status ?? "major_outage"} className={inputClass}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {COMPONENT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id={id("status-error")} errors={errors.status} />
        </div>
        <div>
          <label htmlFor={id("action")} className="block text-sm font-medium">
            Action
          </label>
          <select id={id("action")} name="action" defaultValue={v?.action ?? "draft_incident"} className={inputClass}>
            {ACTIONS.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
          <FieldError id={id("action-error")} errors={errors.action} />
        </div>
      </div>
      <div className="max-w-40">
        <label htmlFor={id("position")} className="block text-sm font-medium">
          Order
        </label>
        <input id={id("position")} name="position" inputMode="numeric" defaultValue={v?.position ?? "0"} className={inputClass} />
        <FieldError id={id("position-error")} errors={errors.position} />
      </div>
      {state.ok && rule && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Rule saved.
        </p>
      )}
      <PrimaryButton pending={pending}>{rule ? "Save rule" : "Add rule"}</PrimaryButton>
    </form>
  );
}
