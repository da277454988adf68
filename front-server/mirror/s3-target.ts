import type { S3Client } from "@aws-sdk/client-s3";
import type { S3MirrorSettings } from "@/lib/mirror/mirror-settings";
import { parseManifest } from "./directory-target";
import { MANIFEST_NAME, type MirrorTarget } from "./mirror-target";

/** A failing bucket must not hold an export (or Beacon) for long: short timeouts, the exporter's own backoff retries. */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;
const DELETE_BATCH = 1_000; // DeleteObjects takes at most this many keys

/** An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Backblaze B2) through the AWS SDK. */
// The SDK is loaded on first use: tens of MB that a Beacon without an S3 mirror should not hold.
export function s3Target(settings: S3MirrorSettings): MirrorTarget {
  let sdk: Promise<{ client: S3Client; aws: typeof import("@aws-sdk/client-s3") }> | undefined;
  const load = () => (sdk ??= import("@aws-sdk/client-s3").then((aws) => ({ aws, client: clientOf(aws, settings) })));
  const { bucket, prefix } = settings;
  return {
    kind: "s3",
    where: `${settings.endpoint ?? "s3"}/${bucket}/${prefix}`,
    async readManifest() {
      const { aws, client } = await load();
      try {
        const answer = await client.send(new aws.GetObjectCommand({ Bucket: bucket, Key: prefix + MANIFEST_NAME }));
        return parseManifest((await answer.Body?.transformToString("utf8")) ?? "");
      } catch (error) {
        if (error instanceof aws.NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async put(object) {
      const { aws, client } = await load();
      await client.send(
        new aws.PutObjectCommand({
          Bucket: bucket,
          Key: prefix + object.name,
          Body: object.body,
          ContentType: object.contentType,
          CacheControl: object.cacheControl,
          ContentEncoding: object.contentEncoding,
          ContentLength: object.body.byteLength,
        }),
      );
    },
    async remove(names) {
      const { aws, client } = await load();
      for (let at = 0; at < names.length; at += DELETE_BATCH) {
        const keys = names.slice(at, at + DELETE_BATCH).map((name) => ({ Key: prefix + name }));
        const answer = await client.send(new aws.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
        const failed = answer.Errors ?? [];
        if (failed.length)
          throw new Error(`could not delete ${failed.length} objects: ${failed[0].Key}: ${failed[0].Message ?? failed[0].Code}`);
      }
    },
    async writeManifest(manifest) {
      const { aws, client } = await load();
      await client.send(
        new aws.PutObjectCommand({
          Bucket: bucket,
          Key: prefix + MANIFEST_NAME,
          Body: JSON.stringify(manifest),
          ContentType: "application/json",
          CacheControl: "no-store",
        }),
      );
    },
  };
}

function clientOf(aws: typeof import("@aws-sdk/client-s3"), settings: S3MirrorSettings): S3Client {
  return new aws.S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: 2,
    // Checksums only where S3 requires them: R2, B2 and older MinIO refuse the SDK's newer default ones.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: CONNECT_TIMEOUT_MS },
  });
}
