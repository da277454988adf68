import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, isWellFormedApiToken, sameTokenHash } from "./token-secret";

describe("API token secrets", () => {
  it("a new token is bcn_ plus 43 base64url characters, with its sha256 hex and a 12-character prefix", () => {
    const token = generateApiToken();
    expect(token.plaintext).toMatch(/^bcn_[A-Za-z0-9_-]{43}$/);
    expect(token.tokenHash).toBe(hashApiToken(token.plaintext));
    expect(token.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.prefix).toBe(token.plaintext.slice(0, 12));
    expect(isWellFormedApiToken(token.plaintext)).toBe(true);
  });

  it("two tokens never repeat", () => {
    expect(generateApiToken().plaintext).not.toBe(generateApiToken().plaintext);
  });

  it("rejects strings that are not tokens", () => {
    expect(isWellFormedApiToken("bcn_short")).toBe(false);
    expect(isWellFormedApiToken(`xyz_${"a".repeat(43)}`)).toBe(false);
    expect(isWellFormedApiToken(`bcn_${"a".repeat(42)}=`)).toBe(false);
  });

  it("compares digests only when both are whole sha256 digests", () => {
    const digest = hashApiToken("bcn_x");
    expect(sameTokenHash(digest, digest)).toBe(true);
    expect(sameTokenHash(digest, hashApiToken("bcn_y"))).toBe(false);
    expect(sameTokenHash(digest, "abc")).toBe(false);
  });
});
