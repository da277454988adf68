import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { LIVE_CACHE_CONTROL, tagOf } from "@/lib/http/cache-validators";

// A public response prepared once, when it is rendered, and then written many times: the bytes in every
// encoding a client may ask for, with their headers, so serving it is a map lookup and one write.

export type Encoding = "br" | "gzip" | "identity";

export interface Variant {
  body: Buffer;
  headers: Record<string, string>;
}

export interface PreparedResponse {
  status: number;
  /** The identity bytes' tag, without quotes; each encoding's ETag derives from it. */
  tag: string;
  /** The headers Next answered with that are worth keeping (content type, framing policy, CORS…). */
  baseHeaders: Record<string, string>;
  body: Buffer;
  variants: Record<Encoding, Variant>;
}

/** Cache policy of pages rendered per request: browsers revalidate (a cheap 304), a CDN may hold and serve stale. */
export const PREPARED_CACHE_CONTROL = LIVE_CACHE_CONTROL;

const KEPT_HEADERS = new Set([
  "content-type",
  "cache-control",
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "strict-transport-security",
  "access-control-allow-origin",
  "access-control-expose-headers",
  "cross-origin-resource-policy",
  "location",
  "link",
]);

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml)|image\/svg\+xml)/;
const MIN_COMPRESSED_SIZE = 256;

export function keptHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (KEPT_HEADERS.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
  }
  // Pages rendered per request say "private, no-store"; prepared bytes are the same for everyone.
  const cacheControl = kept["cache-control"];
  if (!cacheControl || /private|no-store|no-cache/.test(cacheControl)) kept["cache-control"] = PREPARED_CACHE_CONTROL;
  return kept;
}

// Quality 6, not 9: on a 123 KB status page 1.9 ms against 87 ms for 1.3 % fewer bytes (15,122 against 14,906),
// on summary.json 0.1 ms against 20 ms for the same bytes; and 9's large hash tables are allocated and freed per
// response, on the event loop too (~5 ms a page). Every render after a change pays this, on both cores.
const BROTLI_OPTIONS = (size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});
const GZIP_OPTIONS = { level: 6 };
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Whether the bytes are worth compressing (text of some size); otherwise every encoding is the identity bytes. */
function isWorthCompressing(baseHeaders: Record<string, string>, body: Buffer): boolean {
  return COMPRESSIBLE.test(baseHeaders["content-type"] ?? "") && body.byteLength >= MIN_COMPRESSED_SIZE;
}

function prepared(
  status: number,
  baseHeaders: Record<string, string>,
  body: Buffer,
  surface: "prepared" | "stale",
  compressed?: { gzip: Buffer; br: Buffer },
): PreparedResponse {
  const tag = tagOf(body);
  const variant = (encoding: Encoding, bytes: Buffer): Variant => ({
    body: bytes,
    headers: {
      ...baseHeaders,
      etag: encoding === "identity" ? `"${tag}"` : `"${tag}-${encoding}"`,
      vary: "Accept-Encoding",
      "x-beacon-surface": surface,
      "content-length": String(bytes.byteLength),
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    },
  });
  const identity = variant("identity", body);
  return {
    status,
    tag,
    baseHeaders,
    body,
    variants: {
      identity,
      gzip: compressed ? variant("gzip", compressed.gzip) : identity,
      br: compressed ? variant("br", compressed.br) : identity,
    },
  };
}

/** `surface` is told to clients in `x-beacon-surface`: "stale" while the store is unreachable. */
export function prepareResponse(
  status: number,
  baseHeaders: Record<string, string>,
  body: Buffer,
  surface: "prepared" | "stale" = "prepared",
): PreparedResponse {
  const compressed = isWorthCompressing(baseHeaders, body)
    ? { gzip: gzipSync(body, GZIP_OPTIONS), br: brotliCompressSync(body, BROTLI_OPTIONS(body.byteLength)) }
    : undefined;
  return prepared(status, baseHeaders, body, surface, compressed);
}

/** The identity bytes alone, every encoding answering with them, until `compressPrepared` adds the encodings. */
function prepareUncompressed(status: number, baseHeaders: Record<string, string>, body: Buffer): PreparedResponse {
  return prepared(status, baseHeaders, body, "prepared");
}

/** Whether `response` still lacks the compressed encodings its bytes are worth (prepareUncompressed). */
function lacksCompression(response: PreparedResponse): boolean {
  return response.variants.br === response.variants.identity && isWorthCompressing(response.baseHeaders, response.body);
}

/** `response` with its brotli and gzip encodings, compressed in libuv's thread pool (never on the event loop). */
export async function compressPrepared(response: PreparedResponse): Promise<PreparedResponse> {
  if (!lacksCompression(response)) return response;
  const { body } = response;
  const [gzipped, brotli] = await Promise.all([gzipAsync(body, GZIP_OPTIONS), brotliAsync(body, BROTLI_OPTIONS(body.byteLength))]);
  const surface = response.variants.identity.headers["x-beacon-surface"] === "stale" ? "stale" : "prepared";
  return prepared(response.status, response.baseHeaders, body, surface, { gzip: gzipped, br: brotli });
}

/**
 * `previous` itself when a new render produced exactly its bytes and headers — as most re-renders of an aged page
 * do — so nothing is compressed again and edge workers, which already hold that object, are not sent it again.
 * Otherwise the new bytes uncompressed; the caller compresses them off the event loop (compressPrepared).
 */
export function prepareAgain(
  previous: PreparedResponse | undefined,
  status: number,
  baseHeaders: Record<string, string>,
  body: Buffer,
): PreparedResponse {
  if (previous && previous.status === status && previous.body.equals(body) && sameHeaders(previous.baseHeaders, baseHeaders))
    return previous;
  return prepareUncompressed(status, baseHeaders, body);
}

function sameHeaders(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

// Clients send a handful of distinct Accept-Encoding values; parsing each once keeps it off the hot path.
const encodingChoices = new Map<string, Encoding>();
const MAX_REMEMBERED_CHOICES = 64;

/** The best encoding the client accepts (br, then gzip); q=0 refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const remembered = encodingChoices.get(acceptEncoding);
  if (remembered) return remembered;
  const choice = parseAcceptEncoding(acceptEncoding);
  if (encodingChoices.size < MAX_REMEMBERED_CHOICES) encodingChoices.set(acceptEncoding, choice);
  return choice;
}

function parseAcceptEncoding(acceptEncoding: string): Encoding {
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) continue;
    accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}
