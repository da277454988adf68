import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_CACHE_CONTROL, publicResponse } from "@/lib/http/public-response";
import { isValidText } from "@/lib/http/valid-text";
import { BADGE_CONTENT_TYPE, type BadgeFormat } from "./badge-file";
import { type BadgeFace, neutralFace } from "./badge-palette";
import type { BadgeQuery, QueryResult } from "./badge-query";
import { type BadgeLook, renderBadgeSvg } from "./render-badge";
import { renderShieldsEndpoint } from "./shields-endpoint";

// Every badge answers the same way: always a badge (never an error page), with the real status code, embeddable anywhere.

export interface BadgeOutcome {
  status: 200 | 404;
  face: BadgeFace;
}

export interface BadgeRequest<Q extends BadgeQuery> {
  request: Request;
  format: BadgeFormat;
  /** The label of a badge that could not be made (bad query, store down). */
  fallbackLabel: string;
  /** The component or group named in the path, if any: one no record can have (a NUL byte) is a 404 badge. */
  ref?: string;
  parse: (params: URLSearchParams) => QueryResult<Q>;
  resolve: (query: Q) => Promise<BadgeOutcome>;
}

// GitHub's camo proxy and other sites embed badges, so the image may be loaded cross-origin.
const EMBED_HEADERS = { "cross-origin-resource-policy": "cross-origin" };

/** A badge answer with ETag/304, HEAD and CORS; `isError` marks failures in the shields JSON. */
export function badgeResponse(
  request: Request,
  format: BadgeFormat,
  status: number,
  face: BadgeFace,
  look: BadgeLook = {},
  extra: { cacheControl?: string; headers?: Record<string, string> } = {},
): Response {
  const body = format === "svg" ? renderBadgeSvg(face, look) : JSON.stringify(renderShieldsEndpoint(face, look, status !== 200));
  return publicResponse(request, body, {
    contentType: BADGE_CONTENT_TYPE[format],
    status,
    // Never older than the page itself (its open copy refreshes every 5 s): a badge must not contradict it.
    cacheControl: extra.cacheControl ?? LIVE_CACHE_CONTROL,
    headers: { ...EMBED_HEADERS, ...extra.headers },
  });
}

/** Parses the query (400 naming the field), resolves the badge, and turns a store failure into a grey 503 badge. */
export async function respondWithBadge<Q extends BadgeQuery>(input: BadgeRequest<Q>): Promise<Response> {
  const { request, format } = input;
  if (input.ref !== undefined && !isValidText(input.ref)) {
    return badgeResponse(request, format, 404, neutralFace(input.fallbackLabel, "unknown"));
  }
  const parsed = input.parse(new URL(request.url).searchParams);
  if (!parsed.ok) return badgeResponse(request, format, 400, neutralFace(input.fallbackLabel, parsed.message));
  const query = parsed.value;
  const look: BadgeLook = { style: query.style, theme: query.theme };
  try {
    const outcome = await input.resolve(query);
    return badgeResponse(request, format, outcome.status, outcome.face, look);
  } catch (error) {
    const reference = randomUUID();
    // One line per failure: anonymous requests must not fill the log with stack traces.
    console.error(`[beacon] badge store error ${reference}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    // Not cached: the next request should show the real status as soon as the store is back.
    return badgeResponse(request, format, 503, neutralFace(query.label ?? input.fallbackLabel, "unavailable"), look, {
      cacheControl: "no-store",
      headers: { "retry-after": "5" },
    });
  }
}
