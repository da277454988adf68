"use client";
import { useActionState } from "react";
import type { DoneNotice as Done, FormAction, FormState } from "@/lib/admin-actions/form-state";
import { DoneNotice } from "./done-notice";
import { FormAlert } from "./form-alert";
import { PrimaryButton } from "./form-controls";
import { MarkdownField } from "./markdown-field";

export function PostmortemForm({ save, body, updatedAt }: { save: FormAction<Done>; body: string; updatedAt: string }) {
  const [state, action, pending] = useActionState<FormState<Done>, FormData>(save, {});
  return (
    <form action={action} className="space-y-4" key={`${updatedAt}:${JSON.stringify(state.values ?? {})}`}>
      <FormAlert message={state.error} fieldErrors={state.fieldErrors} labels={{ body: "Postmortem" }} />
      <DoneNotice state={state} />
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <MarkdownField
        name="body"
        label="Postmortem"
        rows={12}
        maxBytes={256 * 1024}
        defaultValue={state.values?.body ?? body}
        errors={state.fieldErrors?.body}
      />
      <PrimaryButton pending={pending}>Publish postmortem</PrimaryButton>
    </form>
  );
}
