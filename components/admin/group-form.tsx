"use client";
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

type GroupAction = (previous: FormState, form: FormData) => Promise<FormState>;

/** Adds a component group (no `group`) or renames and describes one. */
export function GroupForm({ action, group }: { action: GroupAction; group?: { name: string; description: string | null } }) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const id = useId();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const saved = group ? `${group.name}|${group.description}` : "";
  return (
    <form action={run} className="space-y-4" key={`${saved}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Group name
          </label>
          <input
            id={`${id}-name`}
            name="name"
            defaultValue={v.name ?? group?.name}
            className={inputClass}
            aria-describedby={`${id}-name-error`}
          />
          <FieldError id={`${id}-name-error`} errors={errors.name} />
        </div>
        <div>
          <label htmlFor={`${id}-description`} className="block text-sm font-medium">
            Description <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
          </label>
          <input
            id={`${id}-description`}
            name="description"
            defaultValue={v.description ?? group?.description ?? ""}
            className={inputClass}
            aria-describedby={`${id}-description-error`}
          />
          <FieldError id={`${id}-description-error`} errors={errors.description} />
        </div>
      </div>
      <PrimaryButton pending={pending}>{group ? "Save group" : "Add group"}</PrimaryButton>
    </form>
  );
}
