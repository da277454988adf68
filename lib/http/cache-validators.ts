import { createHash } from "node:crypto";

// ETags, If-None-Match and cache policy of every public answer, written once: Next's route handlers
// (lib/http/public-response.ts) and the front server's prepared bytes (front-server/) both use these, so a client
// or CDN holding one's ETag gets a 304 from the other. Plain Node: the front server loads it outside Next.

/** For what open pages poll and what must not contradict them (the v2 API, pages, badges, the widget): browsers
 * revalidate within the page's own 5 s refresh (a cheap 304); a CDN holds them 5 s and serves them stale on errors. */
export const LIVE_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400";

/** For documents nobody polls every few seconds (feeds, the calendar, embed.js): kept 30 s. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=30, s-maxage=30, stale-while-revalidate=60, stale-if-error=86400";

/** The bytes' strong tag, unquoted: equal bytes, equal tag, on every instance and in both servers. */
export function tagOf(body: string | Uint8Array): string {
  return createHash("sha1").update(body).digest("base64url");
}

/** The quoted ETag header value of the bytes. */
export function etagOf(body: string | Uint8Array): string {
  return `"${tagOf(body)}"`;
}

/**
 * True when If-None-Match names these bytes: `*`, their tag weak or strong, or the tag of one of their compressed
 * encodings (the front server tags brotli and gzip bytes `<tag>-br` and `<tag>-gzip`).
 */
export function clientHolds(ifNoneMatch: string | null | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => {
    const bare = candidate.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
    return bare === "*" || bare === tag || bare === `${tag}-br` || bare === `${tag}-gzip`;
  });
}
