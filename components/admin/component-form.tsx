"use client";
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/admin-actions/form-state";
import type { AdminComponent } from "@/lib/components/admin-layout";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

type ComponentAction = (previous: FormState, form: FormData) => Promise<FormState>;

/** Adds a component (no `component`) or renames, describes and regroups one. */
export function ComponentForm({
  action,
  component,
  groups,
}: {
  action: ComponentAction;
  component?: AdminComponent;
  groups: { id: string; name: string }[];
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const id = useId();
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const saved = component ? `${component.name}|${component.description}|${component.groupId}` : "";
  return (
    <form action={run} className="space-y-4" key={`${saved}:${JSON.stringify(v)}`}>
      <FormAlert message={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Name
          </label>
          <input
            id={`${id}-name`}
            name="name"
            defaultValue={v.name ?? component?.name}
            className={inputClass}
            aria-describedby={`${id}-name-error`}
          />
          <FieldError id={`${id}-name-error`} errors={errors.name} />
        </div>
        <div>
          <label htmlFor={`${id}-group`} className="block text-sm font-medium">
            Group
          </label>
          <select
            id={`${id}-group`}
            name="groupId"
            defaultValue={v.groupId ?? component?.groupId ?? ""}
            className={inputClass}
            aria-describedby={`${id}-group-error`}
          >
            <option value="">No group</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-group-error`} errors={errors.groupId} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-medium">
          Description <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>
        </label>
        <input
          id={`${id}-description`}
          name="description"
          defaultValue={v.description ?? component?.description ?? ""}
          className={inputClass}
          aria-describedby={`${id}-description-error`}
        />
        <FieldError id={`${id}-description-error`} errors={errors.description} />
      </div>
      {!component && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="showcase" defaultChecked={state.values ? v.showcase === "on" : true} /> Show on the public page
        </label>
      )}
      <PrimaryButton pending={pending}>{component ? "Save component" : "Add component"}</PrimaryButton>
    </form>
  );
}
