import type { ComponentChoice } from "@/lib/components/queries";
import { FieldError } from "./form-controls";

/** A checkbox per component (`component:<id>`), for forms that pick a set of components. */
export function ComponentCheckboxes({
  legend,
  components,
  isChecked,
  errors,
  errorId,
}: {
  legend: React.ReactNode;
  components: ComponentChoice[];
  isChecked: (componentId: string) => boolean;
  errors?: string[];
  errorId: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={errorId}>
      <legend className="text-sm font-medium">{legend}</legend>
      {components.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No components yet.</p>}
      <div className="grid gap-2 sm:grid-cols-2">
        {components.map((c) => (
          <label key={c.id} className="flex items-center gap-2 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
            <input type="checkbox" name={`component:${c.id}`} defaultChecked={isChecked(c.id)} />
            <span>
              {c.name}
              {c.groupName && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{c.groupName}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} errors={errors} />
    </fieldset>
  );
}
