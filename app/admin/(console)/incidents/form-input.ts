// Turns the incident forms' fields into the input the domain schemas parse (lib/incidents/schema.ts).
import { translationsFormInput } from "@/lib/i18n/translations-form";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** `component:<id>` selects: only those set to a status different from `current:<id>` are changes. */
export function componentStatusesFrom(form: FormData) {
  const changes: { componentId: string; status: string }[] = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("component:") || typeof value !== "string" || value === "") continue;
    const componentId = key.slice("component:".length);
    if (text(form, `current:${componentId}`) === value) continue;
    changes.push({ componentId, status: value });
  }
  return changes;
}

export function incidentFormInput(form: FormData) {
  return {
    name: text(form, "name"),
    impact: text(form, "impact"),
    status: text(form, "status"),
    message: text(form, "message"),
    componentStatuses: componentStatusesFrom(form),
    deliverNotifications: form.get("deliverNotifications") === "on",
    expectedUpdatedAt: text(form, "expectedUpdatedAt") || undefined,
    // The open form has name and message tabs, the update form message tabs only: each posts only its own fields.
    translations: translationsFormInput(form, ["name", "message"]),
  };
}

/** `component:<id>` checkboxes that are ticked. */
export function selectedComponentIds(form: FormData) {
  return [...form.keys()]
    .filter((key) => key.startsWith("component:") && form.get(key) === "on")
    .map((key) => key.slice("component:".length));
}

/** The "record a past incident" form: rows `update:<n>:status|message|displayAt` (ISO, from DatetimeLocalField), blank rows skipped. */
export function pastIncidentFormInput(form: FormData) {
  const updates = [];
  for (let n = 0; form.has(`update:${n}:status`); n++) {
    const message = text(form, `update:${n}:message`) ?? "";
    const displayAt = text(form, `update:${n}:displayAt`) ?? "";
    if (n > 0 && message.trim() === "" && displayAt === "") continue;
    updates.push({ status: text(form, `update:${n}:status`), message, displayAt });
  }
  return { name: text(form, "name"), impact: text(form, "impact"), componentIds: selectedComponentIds(form), updates };
}
