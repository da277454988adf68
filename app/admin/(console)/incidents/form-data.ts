// Turns the incident forms' fields into the input the domain schemas parse (lib/incidents/schema.ts).

export type FormState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

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
  };
}

/** What the admin typed, sent back so a failed submit loses nothing. */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** Field errors keyed by the form's field names ("componentStatuses.0.componentId" stays as is). */
export function failureState(
  error: { message: string; fields?: Record<string, string[]> },
  form: FormData,
): FormState {
  return { error: error.message, fieldErrors: error.fields, values: typedValues(form) };
}
