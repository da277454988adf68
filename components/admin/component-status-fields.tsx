import type { ComponentChoice } from "@/lib/components/queries";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { inputClass } from "./form-controls";

const STATUSES = Object.keys(COMPONENT_STATUS_LABEL) as (keyof typeof COMPONENT_STATUS_LABEL)[];

/** One status select per component; `prefill` shows current statuses (updates) or "no change" (new incident). */
export function ComponentStatusFields({
  components,
  prefill,
  values,
}: {
  components: ComponentChoice[];
  prefill: boolean;
  values?: Record<string, string>;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Component statuses</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {components.map((c) => (
          <div
            key={c.id}
            className="flex items-center justify-between gap-2 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800"
          >
            <div className="text-sm">
              <label htmlFor={`component-${c.id}`}>{c.name}</label>
              {c.groupName && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{c.groupName}</span>}
            </div>
            <input type="hidden" name={`current:${c.id}`} value={c.status} />
            <select
              id={`component-${c.id}`}
              name={`component:${c.id}`}
              defaultValue={values?.[`component:${c.id}`] ?? (prefill ? c.status : "")}
              className={`${inputClass} mt-0 w-44 shrink-0`}
            >
              {!prefill && <option value="">Not affected</option>}
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {COMPONENT_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
