import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { PreparedResponse } from "../prepared-response";
import { assetTypeOf, objectNameOf } from "./mirror-names";

// The files (or bucket objects) of one export: each with the headers a bucket must serve it with, and a hash of
// bytes and headers together, so an export writes only what changed.

export interface MirrorObject {
  name: string;
  body: Buffer;
  contentType: string;
  cacheControl: string;
  contentEncoding?: "br" | "gzip";
  /** sha256 of body and headers. */
  hash: string;
}

function mirrorObject(fields: Omit<MirrorObject, "hash">): MirrorObject {
  const hash = createHash("sha256")
    .update(`${fields.contentType}\n${fields.cacheControl}\n${fields.contentEncoding ?? ""}\n`)
    .update(fields.body)
    .digest("hex");
  return { ...fields, hash };
}

/** A prepared response as objects: its identity bytes, and .br/.gz siblings when it is worth compressing. */
export function objectsOfResponse(key: string, response: PreparedResponse): MirrorObject[] {
  const name = objectNameOf(key);
  const contentType = response.baseHeaders["content-type"] ?? "application/octet-stream";
  const cacheControl = response.baseHeaders["cache-control"] ?? "no-cache";
  const { identity, br, gzip } = response.variants;
  const objects = [mirrorObject({ name, body: identity.body, contentType, cacheControl })];
  if (gzip !== identity)
    objects.push(mirrorObject({ name: `${name}.gz`, body: gzip.body, contentType, cacheControl, contentEncoding: "gzip" }));
  if (br !== identity) objects.push(mirrorObject({ name: `${name}.br`, body: br.body, contentType, cacheControl, contentEncoding: "br" }));
  return objects;
}

/** Next serves its build output under /_next/static with a content hash in every name: cached for a year. */
const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
const COMPRESSIBLE_ASSET = /\.(js|mjs|css|json|map|svg|txt)$/;

/**
 * Next's build output the pages load (scripts, styles, fonts), read from the folder Next itself serves it from.
 * Compressed once per process: the files never change while it runs.
 */
export async function staticAssetObjects(nextDir: string): Promise<MirrorObject[]> {
  const root = path.join(nextDir, "static");
  const files = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const objects: MirrorObject[] = [];
  for (const file of files) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    const name = `_next/static/${path.relative(root, full).split(path.sep).join("/")}`;
    const body = await readFile(full);
    const contentType = assetTypeOf(name);
    objects.push(mirrorObject({ name, body, contentType, cacheControl: ASSET_CACHE_CONTROL }));
    if (COMPRESSIBLE_ASSET.test(name) && body.byteLength >= 256) {
      objects.push(
        mirrorObject({
          name: `${name}.gz`,
          body: gzipSync(body, { level: 9 }),
          contentType,
          cacheControl: ASSET_CACHE_CONTROL,
          contentEncoding: "gzip",
        }),
      );
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      objects.push(mirrorObject({ name: `${name}.br`, body: br, contentType, cacheControl: ASSET_CACHE_CONTROL, contentEncoding: "br" }));
    }
  }
  return objects;
}

/** status.json as the mirror serves it: Beacon's bytes with `mirror.exported_at`, so a mirrored page can say how old it is. */
export function stampExportTime(body: Buffer, exportedAt: Date): Buffer {
  const text = body.toString("utf8").trimEnd();
  if (!text.endsWith("}")) return body;
  const stamp = JSON.stringify({ exported_at: exportedAt.toISOString() });
  return Buffer.from(`${text.slice(0, -1)}${text.length > 2 ? "," : ""}"mirror":${stamp}}`);
}
