import type { IncomingMessage, ServerResponse } from "node:http";
import { clientHolds } from "@/lib/http/cache-validators";
import { chooseEncoding, type PreparedResponse } from "./prepared-response";

/** Writes a prepared response: the encoding the client accepts, 304 when it already holds these bytes. */
/** `overrides` replace headers of the prepared bytes: a private page's answer is never kept by a shared cache (page-gate.ts). */
export function writePrepared(
  request: IncomingMessage,
  response: ServerResponse,
  prepared: PreparedResponse,
  overrides?: Readonly<Record<string, string>>,
) {
  const variant = prepared.variants[chooseEncoding(request.headers["accept-encoding"])];
  if (prepared.status === 200 && clientHolds(request.headers["if-none-match"], prepared.tag)) {
    const { etag, vary, "cache-control": cacheControl, "x-beacon-surface": surface } = variant.headers;
    response.writeHead(304, { etag, vary, "cache-control": cacheControl, "x-beacon-surface": surface, ...overrides });
    response.end();
    return;
  }
  response.writeHead(prepared.status, overrides ? { ...variant.headers, ...overrides } : variant.headers);
  response.end(request.method === "HEAD" ? undefined : variant.body);
}
