import "server-only";

// Every admin API answer is JSON and never cached: it reflects a write or the current state.

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string[]>;
  reference?: string;
}

export function jsonResponse(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store", ...Object.fromEntries(new Headers(headers)) } });
}

/** `{ error: { code, message, fields? } }` with the real HTTP status. */
export function errorResponse(status: number, error: ApiErrorBody, headers: HeadersInit = {}): Response {
  return jsonResponse({ error }, status, headers);
}

/** 404 for an id in the path that no record can have (a NUL byte, invalid Unicode): the store is never asked. */
export function unknownIdResponse(): Response {
  return errorResponse(404, { code: "not_found", message: "No such record" });
}
