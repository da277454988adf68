"use client";
import { useActionState } from "react";
import type { DoneNotice as Done, FormAction, FormState } from "@/lib/admin-actions/form-state";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { DoneNotice } from "./done-notice";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { MarkdownField } from "./markdown-field";
import { TranslationTabs } from "./translation-tabs";

/** Posts an update; `statuses` are those the maintenance may move to from `currentStatus`. */
export function MaintenanceUpdateForm({
  post,
  currentStatus,
  statuses,
  updatedAt,
}: {
  post: FormAction<Done>;
  currentStatus: MaintenanceStatus;
  statuses: MaintenanceStatus[];
  updatedAt: string;
}) {
  const [state, action, pending] = useActionState<FormState<Done>, FormData>(post, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" key={`${updatedAt}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} />
      <DoneNotice state={state} />
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          Status
        </label>
        <select
          id="status"
          name="status"
          defaultValue={v.status ?? currentStatus}
          className={`${inputClass} sm:w-64`}
          aria-describedby="status-hint status-error"
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {MAINTENANCE_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <p id="status-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          In progress puts the components under maintenance; Completed returns them to the status they had before.
        </p>
        <FieldError id="status-error" errors={errors.status} />
      </div>
      <MarkdownField name="message" label="Message" defaultValue={v.message} errors={errors.message} />
      <TranslationTabs fields={["message"]} />
      <PrimaryButton pending={pending}>Post update</PrimaryButton>
    </form>
  );
}
