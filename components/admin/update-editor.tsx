"use client";
import { useActionState } from "react";
import type { DoneNotice as Done, FormAction, FormState } from "@/lib/admin-actions/form-state";
import { DoneNotice } from "./done-notice";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { TranslationTabs, translationTabValues } from "./translation-tabs";

/** Typo fixes after the fact: edit one update's text and its translations, or delete it; both are audited. */
export function UpdateEditor({
  updateId,
  body,
  bodyTranslations,
  updatedAt,
  fixText,
  remove: removeAction,
}: {
  updateId: string;
  body: string;
  bodyTranslations?: Partial<Record<string, string>>;
  updatedAt: string;
  fixText: FormAction<Done>;
  remove: FormAction;
}) {
  const [editState, edit, editing] = useActionState<FormState<Done>, FormData>(fixText, {});
  const [deleteState, remove, removing] = useActionState<FormState, FormData>(removeAction, {});
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-sky-700 dark:text-sky-400">Fix text</summary>
      <form action={edit} className="mt-2 space-y-2" key={`${updatedAt}:${JSON.stringify(editState.values ?? {})}`}>
        <FormAlert message={editState.error} fieldErrors={editState.fieldErrors} anchors={{ message: `message-${updateId}` }} />
        <DoneNotice state={editState} />
        <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
        <label htmlFor={`message-${updateId}`} className="sr-only">
          Update text
        </label>
        <textarea
          id={`message-${updateId}`}
          name="message"
          rows={4}
          defaultValue={editState.values?.message ?? body}
          className={`${inputClass} font-mono`}
        />
        <FieldError id={`message-${updateId}-error`} errors={editState.fieldErrors?.message} />
        <TranslationTabs
          fields={["message"]}
          idPrefix={`translations-${updateId}`}
          values={translationTabValues("message", bodyTranslations, editState.values)}
        />
        <PrimaryButton pending={editing}>Save text</PrimaryButton>
      </form>
      <form action={remove} className="mt-2">
        <FormAlert message={deleteState.error} />
        <button type="submit" disabled={removing} className="text-sm font-medium text-red-700 hover:underline dark:text-red-400">
          Delete this update
        </button>
      </form>
    </details>
  );
}
