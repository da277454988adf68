import "server-only";
import { createHash } from "node:crypto";

// Public, read-only answers (API documents, badges, feeds, the widget script): any origin may read them, a CDN
// or browser may keep them briefly and serve them stale while Beacon or its store is in trouble, and a client
// that already holds the bytes gets a 304.

export const PUBLIC_CACHE_CONTROL = "public, max-age=30, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";

/** For documents that live clients poll (the v2 API): browsers always revalidate (a cheap 304), a CDN holds them 5 s. */
export const LIVE_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

export interface PublicResponseOptions {
  contentType: string;
  status?: number;
  cacheControl?: string;
  headers?: Record<string, string>;
}

/** A strong ETag of the bytes: equal bytes, equal tag, on every instance. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Answers GET and HEAD alike (HEAD without a body) with ETag, 304 on a match, CORS for any origin. */
export function publicResponse(request: Request, body: string | Uint8Array, options: PublicResponseOptions): Response {
  const etag = etagOf(body);
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
  if (status === 200 && matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  headers["content-length"] = String(bytes.byteLength);
  return new Response(request.method === "HEAD" ? null : (bytes as BodyInit), { status, headers });
}
