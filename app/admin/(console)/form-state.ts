// What an admin form's server action answers: an error, field errors, and what was typed (so nothing is lost).

export type FormState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

/** What the admin typed, sent back so a failed submit loses nothing. */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** Field errors keyed by the form's field names ("componentStatuses.0.componentId" stays as is). */
export function failureState(error: { message: string; fields?: Record<string, string[]> }, form: FormData): FormState {
  return { error: error.message, fieldErrors: error.fields, values: typedValues(form) };
}
