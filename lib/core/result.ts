import type { ZodError } from "zod";

// Expected failures are values, not exceptions; a route maps each code to its HTTP status (422, 404, 409).

export type MutationErrorCode = "validation" | "not_found" | "conflict" | "invalid_transition" | "forbidden";

export interface MutationError {
  code: MutationErrorCode;
  message: string;
  /** Messages per input field, keyed by dotted path (`componentStatuses.0.componentId`). */
  fields?: Record<string, string[]>;
}

export type MutationResult<T> = { ok: true; data: T } | { ok: false; error: MutationError };
export type MutationFailure = Extract<MutationResult<never>, { ok: false }>;

/** The key of an error about the input as a whole (not an object, for example). */
export const WHOLE_INPUT_FIELD = "input";

export function succeeded<T>(data: T): MutationResult<T> {
  return { ok: true, data };
}

export function validationFailed(error: ZodError): MutationFailure {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : WHOLE_INPUT_FIELD;
    (fields[key] ??= []).push(issue.message);
  }
  return { ok: false, error: { code: "validation", message: error.issues[0]?.message ?? "The input is invalid", fields } };
}

/** A validation failure found after parsing, e.g. a componentId that names no component. */
export function fieldInvalid(field: string, message: string): MutationFailure {
  return { ok: false, error: { code: "validation", message, fields: { [field]: [message] } } };
}

export function notFound(message: string): MutationFailure {
  return { ok: false, error: { code: "not_found", message } };
}

export function conflict(message = "The incident changed since you loaded it; reload and try again"): MutationFailure {
  return { ok: false, error: { code: "conflict", message } };
}

export function invalidTransition(message: string): MutationFailure {
  return { ok: false, error: { code: "invalid_transition", message } };
}

/** The actor may not change this (an editor limited to other pages): 403 over HTTP. */
export function forbidden(message: string): MutationFailure {
  return { ok: false, error: { code: "forbidden", message } };
}
