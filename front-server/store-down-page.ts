import type { IncomingMessage, ServerResponse } from "node:http";

// Admin pages while the store is known down: a 503 page of the front server's own, without asking Next (whose
// session check would wait for the store and then fail). Same words as the console's own notice
// (lib/core/store-outage.ts), which covers the seconds before the change feed notices an outage. Only page loads
// (GET, HEAD): a form's submit still reaches its server action, which answers in the form and keeps what was typed.

const RETRY_AFTER_SECONDS = 5;

const STYLE =
  "body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#18181b;background:#fafafa}" +
  "main{max-width:36rem;min-height:70vh;margin:0 auto;padding:0 1.5rem;display:grid;place-content:center;gap:.75rem;text-align:center}" +
  ".eyebrow{font-size:.875rem;font-weight:600;color:#b45309;margin:0}h1{font-size:1.5rem;margin:0}p{margin:0;color:#52525b}" +
  "a{color:#0369a1;font-weight:500}" +
  "@media (prefers-color-scheme:dark){body{color:#f4f4f5;background:#09090b}p{color:#a1a1aa}.eyebrow{color:#fbbf24}a{color:#38bdf8}}";

export const STORE_DOWN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Incident store unavailable · Beacon admin</title><style>${STYLE}</style></head><body><main id="main"><p class="eyebrow">Beacon admin · 503</p><h1>The incident store is unavailable</h1><p role="alert">Nothing can be saved right now; the public page keeps serving the last known state. Try again when the store is back.</p><p><a href="/">The public status page</a></p></main></body></html>`;

const BODY = Buffer.from(STORE_DOWN_PAGE, "utf8");

/** An admin page load: /admin and everything under it, read with GET or HEAD. */
export function isAdminPageLoad(request: Pick<IncomingMessage, "method" | "url">): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = (request.url ?? "/").split("?")[0];
  return path === "/admin" || path.startsWith("/admin/");
}

export function answerStoreDown(request: IncomingMessage, response: ServerResponse) {
  response.writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "content-length": BODY.length,
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "x-content-type-options": "nosniff",
  });
  response.end(request.method === "HEAD" ? undefined : BODY);
}
