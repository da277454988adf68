import type { ComponentChoice } from "@/lib/components/queries";
import { ComponentCheckboxes } from "./component-checkboxes";
import { DatetimeLocalField } from "./datetime-local-field";
import { FieldError, inputClass } from "./form-controls";

export interface MaintenanceWindowDefaults {
  name: string;
  scheduledFor: string;
  scheduledUntil: string;
  componentIds: string[];
  autoStart: boolean;
  autoComplete: boolean;
}

/**
 * The fields scheduling and editing share: name, window, components and automation. `values` is what the admin
 * typed before a failed submit and wins over `defaults`.
 */
/** Where the error summary's links land for the window's fields (the date fields' visible inputs, the checkbox list). */
export const MAINTENANCE_FIELD_ANCHORS = {
  scheduledFor: "scheduledForLocal",
  scheduledUntil: "scheduledUntilLocal",
  componentIds: "components-error",
};

export function MaintenanceWindowFields({
  components,
  pageTimeZone,
  defaults,
  values,
  errors,
}: {
  components: ComponentChoice[];
  pageTimeZone: string;
  defaults?: MaintenanceWindowDefaults;
  values?: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  const checked = (field: string, fallback: boolean) => (values ? values[field] === "on" : fallback);
  const componentErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith("componentIds"))
    .flatMap(([, e]) => e);
  return (
    <>
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Name
        </label>
        <input
          id="name"
          name="name"
          defaultValue={values?.name ?? defaults?.name}
          className={inputClass}
          placeholder="Database migration"
          aria-describedby="name-error"
        />
        <FieldError id="name-error" errors={errors.name} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <DatetimeLocalField
          name="scheduledFor"
          label="Starts"
          pageTimeZone={pageTimeZone}
          defaultInstant={defaults?.scheduledFor}
          typed={values?.scheduledForLocal}
          errors={errors.scheduledFor}
        />
        <DatetimeLocalField
          name="scheduledUntil"
          label="Ends"
          pageTimeZone={pageTimeZone}
          defaultInstant={defaults?.scheduledUntil}
          typed={values?.scheduledUntilLocal}
          errors={errors.scheduledUntil}
        />
      </div>
      <ComponentCheckboxes
        legend="Components under maintenance"
        components={components}
        isChecked={(id) => checked(`component:${id}`, defaults?.componentIds.includes(id) ?? false)}
        errors={componentErrors}
        errorId="components-error"
      />
      <label className="-mt-2 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="noComponents"
          className="mt-1"
          defaultChecked={checked("noComponents", defaults ? defaults.componentIds.length === 0 : false)}
        />
        <span>
          It affects no components
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            Without components nothing on the status page shows “under maintenance”; tick this only if that is what you mean.
          </span>
        </span>
      </label>
      <fieldset className="space-y-1 text-sm">
        <legend className="sr-only">Automation</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="autoStart" defaultChecked={checked("autoStart", defaults?.autoStart ?? true)} />
          Start automatically at the start time (components go under maintenance)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="autoComplete" defaultChecked={checked("autoComplete", defaults?.autoComplete ?? true)} />
          Complete automatically at the end time (components return to their earlier status)
        </label>
      </fieldset>
    </>
  );
}
