import "server-only";
import { randomUUID } from "node:crypto";

// Markdown views answer text/markdown, revalidated like the public JSON (no ETag here: they are small).

export function markdownResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "cache-control": "public, max-age=0, s-maxage=5, stale-while-revalidate=30",
      "x-content-type-options": "nosniff",
    },
  });
}

/** A store failure: 503 naming no internals, never cached. */
export function markdownUnavailable(error: unknown): Response {
  const reference = randomUUID();
  console.error(`[beacon] markdown view store error ${reference}`, error);
  return new Response(`# Status unavailable\n\nThe status store is unavailable; try again shortly (reference ${reference}).\n`, {
    status: 503,
    headers: { "content-type": "text/markdown; charset=utf-8", "cache-control": "no-store", "retry-after": "5" },
  });
}
