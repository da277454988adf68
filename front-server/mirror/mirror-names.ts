// Where each public URL lives in the mirror, so a plain web server or a bucket serves it. The object name is the
// URL's path without its leading slash; "/" is index.html. A URL with a query (only canonical ones are exported:
// a front-server key) puts it before the extension, as "@<query>": /history?page=2 is `history@page=2`,
// /badge.svg?style=flat is `badge@style=flat.svg`, so the extension (and with it the content type a web server
// picks) stays last. No public path is both a file and a folder (/history, /history.atom), so names never clash.
// Precompressed siblings add ".br" and ".gz" to the name (nginx's gzip_static and brotli_static look for those).

export const INDEX_NAME = "index.html";

/** The mirror's object name for a front-server key. */
export function objectNameOf(key: string): string {
  const queryAt = key.indexOf("?");
  const path = queryAt === -1 ? key : key.slice(0, queryAt);
  const query = queryAt === -1 ? "" : key.slice(queryAt + 1);
  if (path === "/") return query ? `@${query}` : INDEX_NAME;
  const name = path.slice(1);
  if (!query) return name;
  const lastSlash = name.lastIndexOf("/");
  const dot = name.lastIndexOf(".");
  const extension = dot > lastSlash ? name.slice(dot) : "";
  return `${name.slice(0, name.length - extension.length)}@${query}${extension}`;
}

const ASSET_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The content type of a static asset (Next's build output), by its extension. */
export function assetTypeOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot === -1 ? undefined : ASSET_TYPES[name.slice(dot).toLowerCase()]) ?? "application/octet-stream";
}
