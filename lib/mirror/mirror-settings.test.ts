import { describe, expect, it } from "vitest";
import { mirrorSettingsOf } from "./mirror-settings";

describe("mirrorSettingsOf", () => {
  it("is off without a target, and reads a folder and a bucket with its prefix", () => {
    expect(mirrorSettingsOf({})).toBeUndefined();
    const settings = mirrorSettingsOf({
      BEACON_MIRROR_DIR: "/srv/mirror",
      BEACON_MIRROR_S3_BUCKET: "status",
      BEACON_MIRROR_S3_ENDPOINT: "http://127.0.0.1:9000",
      BEACON_MIRROR_S3_PREFIX: "/site",
      BEACON_MIRROR_S3_ACCESS_KEY_ID: "key",
      BEACON_MIRROR_S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(settings?.dir).toBe("/srv/mirror");
    expect(settings?.s3).toMatchObject({
      bucket: "status",
      prefix: "site/",
      region: "auto",
      forcePathStyle: true,
      credentials: { accessKeyId: "key" },
    });
  });

  it("fails loudly, naming the setting, on a half-given configuration", () => {
    expect(() => mirrorSettingsOf({ BEACON_MIRROR_S3_BUCKET: "s", BEACON_MIRROR_S3_ACCESS_KEY_ID: "k" })).toThrow(/SECRET_ACCESS_KEY/);
    expect(() => mirrorSettingsOf({ BEACON_MIRROR_S3_ENDPOINT: "http://minio:9000" })).toThrow(/BEACON_MIRROR_S3_BUCKET/);
    expect(() => mirrorSettingsOf({ BEACON_MIRROR_S3_BUCKET: "s", BEACON_MIRROR_S3_ENDPOINT: "not a url" })).toThrow(
      /BEACON_MIRROR_S3_ENDPOINT/,
    );
  });
});
