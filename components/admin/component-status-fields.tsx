import type { ComponentChoice } from "@/lib/components/queries";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { inputClass } from "./form-controls";

const STATUSES = Object.keys(COMPONENT_STATUS_LABEL) as (keyof typeof COMPONENT_STATUS_LABEL)[];

/**
 * One status select per component; `prefill` shows current statuses (updates) or "no change" (new incident).
 * Each card stacks its name (one line, truncated, full name in the title) over a select as wide as the card,
 * so the grid alone decides the widths: nothing overlaps or spills at any viewport.
 */
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
    <fieldset id="componentStatuses" className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">Component statuses</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,14rem),1fr))] gap-2">
        {components.map((c) => {
          const title = c.groupName ? `${c.name} (${c.groupName})` : c.name;
          return (
            <div key={c.id} className="min-w-0 rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800">
              <div className="flex min-w-0 items-baseline gap-2 text-sm" title={title}>
                <label htmlFor={`component-${c.id}`} className="max-w-full shrink-0 truncate font-medium">
                  {c.name}
                </label>
                {c.groupName && <span className="min-w-0 truncate text-xs text-zinc-600 dark:text-zinc-400">{c.groupName}</span>}
              </div>
              <input type="hidden" name={`current:${c.id}`} value={c.status} />
              <select
                id={`component-${c.id}`}
                name={`component:${c.id}`}
                defaultValue={values?.[`component:${c.id}`] ?? (prefill ? c.status : "")}
                className={inputClass}
              >
                {!prefill && <option value="">Not affected</option>}
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {COMPONENT_STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
