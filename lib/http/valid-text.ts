import { notFound } from "next/navigation";
import { z } from "zod";

// Text the store can keep: Postgres refuses NUL in text, and a lone UTF-16 surrogate is not Unicode at all.
// Caught at the edges (request bodies, route parameters), such input is a 422 or a 404, never a 500. No
// server-only import: the zod helper suits schemas that forms share with the browser.

export const INVALID_TEXT_MESSAGE = "must not contain NUL bytes or invalid Unicode";

export function isValidText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** The path of the first string (or key) in a parsed JSON value the store could not keep, or null when all are fine. */
export function invalidTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return isValidText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = invalidTextPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isValidText(key)) return [...path, key.replaceAll("\u0000", "\\u0000")];
      const found = invalidTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A zod string the store can keep; use it for text fields of forms and API bodies. */
export const storableText = () => z.string().refine(isValidText, { message: INVALID_TEXT_MESSAGE });

/** A page's route parameters; a parameter no record can have (a NUL byte, a lone surrogate) is a 404, not a store error. */
export async function storableParams<P extends Record<string, string>>(params: Promise<P>): Promise<P> {
  const values = await params;
  if (!Object.values(values).every(isValidText)) notFound();
  return values;
}
