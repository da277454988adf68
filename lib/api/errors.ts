import "server-only";
import { randomUUID } from "node:crypto";
import type { MutationError, MutationErrorCode, MutationResult } from "@/lib/core/result";
import { errorResponse, jsonResponse } from "./json-response";

// How the domain's expected failures read over HTTP; anything unexpected is a logged 500 with a reference.

const STATUS_OF_MUTATION_ERROR: Record<MutationErrorCode, number> = {
  validation: 422,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  forbidden: 403,
};

export function httpStatusOf(code: MutationErrorCode): number {
  return STATUS_OF_MUTATION_ERROR[code];
}

export function mutationErrorResponse(error: MutationError): Response {
  return errorResponse(httpStatusOf(error.code), {
    code: error.code,
    message: error.message,
    ...(error.fields ? { fields: error.fields } : {}),
  });
}

/** The data of a successful mutation with `successStatus`, or its error with the matching status. */
export function mutationResponse<T>(result: MutationResult<T>, successStatus = 200): Response {
  return result.ok ? jsonResponse(result.data, successStatus) : mutationErrorResponse(result.error);
}

/** Logs the error with a reference the caller can quote; the response says nothing about its cause. */
export function internalErrorResponse(error: unknown): Response {
  const reference = randomUUID();
  console.error(`[beacon] admin API error ${reference}`, error);
  return errorResponse(500, {
    code: "internal",
    message: `Something went wrong on our side; quote reference ${reference} when reporting it`,
    reference,
  });
}
