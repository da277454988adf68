// Turns the maintenance forms' fields into the input the domain schemas parse (lib/maintenance/schema.ts).
import { translationsFormInput } from "@/lib/i18n/translations-form";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** `component:<id>` checkboxes: each one ticked is a component the maintenance covers. */
export function componentIdsFrom(form: FormData): string[] {
  const ids: string[] = [];
  for (const [key, value] of form.entries()) {
    if (key.startsWith("component:") && value === "on") ids.push(key.slice("component:".length));
  }
  return ids;
}

/** The schedule and edit forms: the datetime-local fields post their ISO value (with offset) in hidden fields. */
export function maintenanceWindowFormInput(form: FormData) {
  return {
    name: text(form, "name"),
    scheduledFor: text(form, "scheduledFor"),
    scheduledUntil: text(form, "scheduledUntil"),
    componentIds: componentIdsFrom(form),
    message: text(form, "message"),
    recurrence: text(form, "recurrence"),
    autoStart: form.get("autoStart") === "on",
    autoComplete: form.get("autoComplete") === "on",
    noComponents: form.get("noComponents") === "on",
    expectedUpdatedAt: text(form, "expectedUpdatedAt") || undefined,
    // Scheduling posts name and message tabs, editing name tabs only (lib/i18n/translations-form.ts).
    translations: translationsFormInput(form, ["name", "message"]),
  };
}

export function maintenanceUpdateFormInput(form: FormData) {
  return {
    status: text(form, "status"),
    message: text(form, "message"),
    expectedUpdatedAt: text(form, "expectedUpdatedAt") || undefined,
    translations: translationsFormInput(form, ["message"]),
  };
}
