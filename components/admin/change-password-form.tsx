"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

// Passwords are never sent back, so nothing typed is kept.
type PasswordFormState = FormState<undefined, undefined>;

export function ChangePasswordForm({ change }: { change: FormAction<undefined, undefined> }) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(change, {});
  return (
    <form action={action} className="max-w-md space-y-4">
      {/* A wrong or too short password is said beside its field; the alert is for the rest (an outage). */}
      <FormAlert message={state.fieldErrors ? undefined : state.error} />
      {state.ok && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          Password changed. Your other sessions were signed out.
        </p>
      )}
      <div>
        <label htmlFor="currentPassword" className="block text-sm font-medium">
          Current password
        </label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />
        <FieldError id="currentPassword-error" errors={state.fieldErrors?.currentPassword} />
      </div>
      <div>
        <label htmlFor="newPassword" className="block text-sm font-medium">
          New password (12 characters or more)
        </label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" className={inputClass} />
        <FieldError id="newPassword-error" errors={state.fieldErrors?.newPassword} />
      </div>
      <PrimaryButton pending={pending}>Change password</PrimaryButton>
    </form>
  );
}
