"use client";
import { useActionState } from "react";
import type { DoneNotice as Done, FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { ComponentChoice } from "@/lib/components/queries";
import { INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { ComponentStatusFields } from "./component-status-fields";
import { DoneNotice } from "./done-notice";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { MarkdownField } from "./markdown-field";
import { TranslationTabs } from "./translation-tabs";

const UPDATE_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;

export function PostUpdateForm({
  post,
  currentStatus,
  updatedAt,
  components,
}: {
  post: FormAction<Done>;
  currentStatus: IncidentStatus;
  updatedAt: string;
  components: ComponentChoice[];
}) {
  const [state, action, pending] = useActionState<FormState<Done>, FormData>(post, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const defaultStatus = currentStatus === "postmortem" ? "resolved" : currentStatus;
  return (
    <form action={action} className="space-y-5" key={`${updatedAt}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} labels={{ status: "New status" }} />
      <DoneNotice state={state} />
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            New status
          </label>
          <select id="status" name="status" defaultValue={v.status ?? defaultStatus} className={inputClass}>
            {UPDATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INCIDENT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id="status-error" errors={errors.status} />
        </div>
        <label className="flex items-start gap-2 text-sm sm:self-end sm:pb-2">
          <input type="checkbox" name="restoreComponents" defaultChecked={state.values ? v.restoreComponents === "on" : true} />
          When resolving, set affected components back to operational
        </label>
      </div>
      <MarkdownField name="message" label="Message" defaultValue={v.message} errors={errors.message} />
      <TranslationTabs fields={["message"]} />
      <ComponentStatusFields components={components} prefill values={v} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="deliverNotifications" defaultChecked={state.values ? v.deliverNotifications === "on" : true} /> Notify
        subscribers
      </label>
      <PrimaryButton pending={pending}>Post update</PrimaryButton>
    </form>
  );
}
