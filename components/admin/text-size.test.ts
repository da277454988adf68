import { describe, expect, it } from "vitest";
import { formatBytes, sizeCounter, utf8Bytes } from "./text-size";

describe("text size", () => {
  it("counts UTF-8 bytes as the server does, so accents and emoji weigh more than one", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("🚀")).toBe(4);
  });

  it("formats sizes in bytes and KiB", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(64 * 1024)).toBe("64 KiB");
  });

  it("says how much of the limit a text uses, and by how much it is over", () => {
    expect(sizeCounter("héllo", 64 * 1024)).toEqual({ label: "5 characters, 6 bytes of 64 KiB", over: false });
    expect(sizeCounter("x".repeat(1100), 1024)).toEqual({
      label: "1,100 characters, 1.1 KiB of 1 KiB: 76 bytes over the limit",
      over: true,
    });
  });
});
