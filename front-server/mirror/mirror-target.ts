import type { MirrorObject } from "./mirror-objects";

/** What an export last published: object name → hash. Kept in the target itself, so a restart writes only what changed. */
export type MirrorManifest = Record<string, string>;

export const MANIFEST_NAME = ".beacon-mirror.json";

/** Where an export is published: a local directory or an S3-compatible bucket. */
export interface MirrorTarget {
  /** Names the target in the admin notice, /api/ready and /metrics ("directory", "s3"). */
  kind: string;
  /** Where, for people: the folder, or the bucket and prefix. */
  where: string;
  readManifest(): Promise<MirrorManifest | null>;
  put(object: MirrorObject): Promise<void>;
  remove(names: string[]): Promise<void>;
  writeManifest(manifest: MirrorManifest): Promise<void>;
}
