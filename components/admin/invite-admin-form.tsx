"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

/** The invited admin and their temporary password, shown this once. */
type Invited = { email: string; temporaryPassword: string };

export function InviteAdminForm({ invite }: { invite: FormAction<Invited> }) {
  const [state, action, pending] = useActionState<FormState<Invited>, FormData>(invite, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-4" key={JSON.stringify(v)}>
      <FormAlert message={state.error} />
      {state.data && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          Invited {state.data.email}. Temporary password (shown once, pass it on securely):{" "}
          <code className="font-mono font-semibold">{state.data.temporaryPassword}</code>
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="invite-email" className="block text-sm font-medium">
            Email
          </label>
          <input id="invite-email" name="email" type="email" defaultValue={v.email} className={inputClass} />
          <FieldError id="invite-email-error" errors={state.fieldErrors?.email} />
        </div>
        <div>
          <label htmlFor="invite-name" className="block text-sm font-medium">
            Name
          </label>
          <input id="invite-name" name="name" defaultValue={v.name} className={inputClass} />
        </div>
        <div>
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Role
          </label>
          <select id="invite-role" name="role" defaultValue={v.role ?? "editor"} className={inputClass}>
            <option value="editor">Editor — incidents, components, maintenance</option>
            <option value="owner">Owner — also users and API tokens</option>
          </select>
        </div>
      </div>
      <PrimaryButton pending={pending}>Invite admin</PrimaryButton>
    </form>
  );
}
