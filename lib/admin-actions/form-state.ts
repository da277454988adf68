// What a form's server action answers, shared by the actions (server) and the forms (client): nothing yet, done with
// its data, or refused with a message, field errors and what was typed (so a failed submit loses nothing).

export type FieldErrors = Record<string, string[]>;
export type TypedValues = Record<string, string>;

/** Before the first submit. Every key is present as undefined so forms read `state.error` without narrowing. */
export type IdleState = { ok?: undefined; data?: undefined; error?: undefined; fieldErrors?: undefined; values?: undefined };
export type DoneState<Data> = { ok: true; data: Data; error?: undefined; fieldErrors?: undefined; values?: undefined };
export type RefusedState<Values> = { ok: false; error: string; fieldErrors?: FieldErrors; values?: Values; data?: undefined };

export type FormState<Data = undefined, Values = TypedValues> = IdleState | DoneState<Data> | RefusedState<Values>;

/** What the admin typed, sent back so a failed submit loses nothing. */
export function typedValues(form: FormData): TypedValues {
  const values: TypedValues = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** Field errors keyed by the form's field names ("componentStatuses.0.componentId" stays as is). */
export function refusedState<Values>(error: { message: string; fields?: FieldErrors }, values: Values): RefusedState<Values> {
  return { ok: false, error: error.message, fieldErrors: error.fields, values };
}

/** A form's server action before the page binds `Args` (ids, a direction, …) to it. */
export type FormActionFor<Args extends unknown[], Data = undefined, Values = TypedValues> = (
  ...args: [...Args, FormState<Data, Values>, FormData]
) => Promise<FormState<Data, Values>>;

/** A form's server action as a client form receives it. */
export type FormAction<Data = undefined, Values = TypedValues> = FormActionFor<[], Data, Values>;

/** What a form says after it worked: what happened, and where to see it. */
export interface DoneNotice {
  message: string;
  href?: string;
  linkLabel?: string;
}
