"use client";
import { useActionState, useId } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { inputClass } from "@/components/admin/form-controls";
import { smallButtonClass } from "@/components/admin/inline-action";
import type { FormState } from "@/lib/admin-actions/form-state";

type MirrorAction = (previous: FormState, form: FormData) => Promise<FormState>;

/** One thing an upstream offers (a component, a group, the page): mirror it as a new component, named and placed. */
export function MirrorChoiceForm({
  action,
  label,
  suggestedName,
  groups,
}: {
  action: MirrorAction;
  label: string;
  suggestedName: string;
  groups: { id: string; name: string }[];
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const id = useId();
  return (
    <form action={run} className="flex flex-wrap items-end gap-2 py-2">
      <span className="min-w-40 flex-1 text-sm font-medium">{label}</span>
      <label className="text-xs" htmlFor={`${id}-name`}>
        Component name
        <input id={`${id}-name`} name="componentName" defaultValue={suggestedName} className={inputClass} />
      </label>
      <label className="text-xs" htmlFor={`${id}-group`}>
        Group
        <select id={`${id}-group`} name="groupId" defaultValue="" className={inputClass}>
          <option value="">Providers</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={smallButtonClass}>
        {pending ? "Adding…" : "Mirror"}
      </button>
      <FormAlert message={state.error} />
      {state.ok && <p className="text-sm text-emerald-700 dark:text-emerald-400">Added.</p>}
    </form>
  );
}
