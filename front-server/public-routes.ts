// Which requests the front server may answer from prepared bytes, and the one key each is kept under. Only the
// query parameters a route reads are part of the key, so `/?x=<random>` cannot make the server render anew
// (a cache-busting burst must not reach the store).

const SLUG = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
const BADGE_OPTIONS = ["style", "label", "theme", "days"];

interface PublicRoute {
  path: RegExp;
  query: string[];
}

const PUBLIC_ROUTES: PublicRoute[] = [
  { path: /^\/$/, query: [] },
  { path: /^\/history$/, query: ["page"] },
  { path: new RegExp(`^/incidents/${SLUG}$`), query: [] },
  { path: /^\/history\.(atom|rss)$/, query: [] },
  { path: /^\/maintenance\.ics$/, query: [] },
  { path: /^\/embed$/, query: ["theme"] },
  { path: /^\/embed\.js$/, query: [] },
  { path: /^\/badge\.(svg|json)$/, query: BADGE_OPTIONS },
  { path: new RegExp(`^/badge/${SLUG}\\.(svg|json)$`), query: BADGE_OPTIONS },
  { path: new RegExp(`^/badge/${SLUG}/${SLUG}\\.(svg|json)$`), query: BADGE_OPTIONS },
  { path: /^\/api\/v2\/[a-z-]+\.json$/, query: [] },
  { path: /^\/api\/v2\/(incidents|scheduled-maintenances)\/[a-z]+\.json$/, query: [] },
  { path: new RegExp(`^/api/v2/components/${SLUG}/response-times\\.json$`), query: ["range"] },
];

const MAX_VALUE_LENGTH = 100;

export interface PublicRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache key for a public GET/HEAD, or null when Next must answer (admin, writes, client navigations, assets). */
export function publicKeyOf(request: PublicRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // React Server Component requests (client-side navigation, prefetch) carry per-client router state.
  if (request.headers["rsc"] || request.headers["next-router-state-tree"] || request.headers["next-action"]) return null;
  const queryAt = request.url.indexOf("?");
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const route = PUBLIC_ROUTES.find((candidate) => candidate.path.test(path));
  if (!route) return null;
  if (queryAt === -1) return path;
  const params = new URLSearchParams(request.url.slice(queryAt + 1));
  if (params.has("_rsc")) return null;
  const kept = route.query
    .filter((name) => params.has(name))
    .map((name) => `${name}=${encodeURIComponent((params.get(name) ?? "").slice(0, MAX_VALUE_LENGTH))}`);
  return kept.length ? `${path}?${kept.join("&")}` : path;
}
