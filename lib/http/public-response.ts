import "server-only";
import { clientHolds, PUBLIC_CACHE_CONTROL, tagOf } from "./cache-validators";

export { etagOf, LIVE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./cache-validators";

// Public, read-only answers (API documents, badges, feeds, the widget script): any origin may read them, a CDN
// or browser may keep them briefly and serve them stale while Beacon or its store is in trouble, and a client
// that already holds the bytes gets a 304.

export interface PublicResponseOptions {
  contentType: string;
  status?: number;
  cacheControl?: string;
  headers?: Record<string, string>;
}

/** Answers GET and HEAD alike (HEAD without a body) with ETag, 304 on a match, CORS for any origin. */
export function publicResponse(request: Request, body: string | Uint8Array, options: PublicResponseOptions): Response {
  const tag = tagOf(body);
  const etag = `"${tag}"`;
  const headers: Record<string, string> = {
    "content-type": options.contentType,
    "cache-control": options.cacheControl ?? PUBLIC_CACHE_CONTROL,
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "ETag",
    etag,
    vary: "Accept-Encoding",
    ...options.headers,
  };
  const status = options.status ?? 200;
  if (status === 200 && clientHolds(request.headers.get("if-none-match"), tag)) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  headers["content-length"] = String(bytes.byteLength);
  return new Response(request.method === "HEAD" ? null : (bytes as BodyInit), { status, headers });
}
