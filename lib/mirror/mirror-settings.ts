import { z } from "zod";

// Where the static mirror goes: a directory, an S3-compatible bucket, both or neither. Plain zod, no server-only
// import: lib/env.ts validates these at start (a bad setting fails loudly with its name) and the front server,
// which runs the exporter outside Next, reads them with the same schema.

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);
const optionalText = z.preprocess(blankAsUnset, z.string().optional());

export const mirrorEnvSchema = z.object({
  BEACON_MIRROR_DIR: optionalText,
  BEACON_MIRROR_S3_BUCKET: optionalText,
  BEACON_MIRROR_S3_ENDPOINT: z.preprocess(
    blankAsUnset,
    z.string().url("must be the S3 API's URL, e.g. https://<account>.r2.cloudflarestorage.com").optional(),
  ),
  BEACON_MIRROR_S3_REGION: z.preprocess(blankAsUnset, z.string().default("auto")),
  BEACON_MIRROR_S3_PREFIX: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]*$/, "must be a key prefix of letters, digits and -_.!*'()/")
      .optional(),
  ),
  BEACON_MIRROR_S3_ACCESS_KEY_ID: optionalText,
  BEACON_MIRROR_S3_SECRET_ACCESS_KEY: optionalText,
  BEACON_MIRROR_S3_FORCE_PATH_STYLE: z.preprocess(blankAsUnset, z.enum(["true", "false"]).optional()),
});

export interface S3MirrorSettings {
  bucket: string;
  /** Undefined: AWS S3 itself. */
  endpoint: string | undefined;
  region: string;
  /** Prepended to every object key ("" or ending in "/"). */
  prefix: string;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
}

export interface MirrorSettings {
  dir: string | undefined;
  s3: S3MirrorSettings | undefined;
}

/** The mirror's settings, or undefined when no target is set (the exporter then never starts). */
export function mirrorSettingsOf(source: Record<string, string | undefined>): MirrorSettings | undefined {
  const result = mirrorEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid Beacon configuration — ${problems.join("; ")}`);
  }
  const e = result.data;
  const keyId = e.BEACON_MIRROR_S3_ACCESS_KEY_ID;
  const secret = e.BEACON_MIRROR_S3_SECRET_ACCESS_KEY;
  if (Boolean(keyId) !== Boolean(secret)) {
    throw new Error("Invalid Beacon configuration — BEACON_MIRROR_S3_ACCESS_KEY_ID and BEACON_MIRROR_S3_SECRET_ACCESS_KEY go together");
  }
  if (!e.BEACON_MIRROR_S3_BUCKET && (e.BEACON_MIRROR_S3_ENDPOINT || keyId)) {
    throw new Error("Invalid Beacon configuration — BEACON_MIRROR_S3_BUCKET: required when the other BEACON_MIRROR_S3_ settings are set");
  }
  const prefix = (e.BEACON_MIRROR_S3_PREFIX ?? "").replace(/^\/+/, "");
  const s3 = e.BEACON_MIRROR_S3_BUCKET
    ? {
        bucket: e.BEACON_MIRROR_S3_BUCKET,
        endpoint: e.BEACON_MIRROR_S3_ENDPOINT,
        region: e.BEACON_MIRROR_S3_REGION,
        prefix: prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix,
        credentials: keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret } : undefined,
        // MinIO, s3rver and most self-hosted servers only speak path-style; AWS and R2 accept both.
        forcePathStyle: e.BEACON_MIRROR_S3_FORCE_PATH_STYLE
          ? e.BEACON_MIRROR_S3_FORCE_PATH_STYLE === "true"
          : Boolean(e.BEACON_MIRROR_S3_ENDPOINT),
      }
    : undefined;
  if (!e.BEACON_MIRROR_DIR && !s3) return undefined;
  return { dir: e.BEACON_MIRROR_DIR, s3 };
}
