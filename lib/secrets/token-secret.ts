import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// An API token is `bcn_` + 32 random bytes in base64url. Only its SHA-256 is stored; the prefix identifies it in lists.

const TOKEN_PREFIX = "bcn_";
const TOKEN_BYTES = 32;
const DISPLAY_PREFIX_CHARS = 12;
const TOKEN_PATTERN = /^bcn_[A-Za-z0-9_-]{43}$/;

export interface NewTokenSecret {
  plaintext: string;
  tokenHash: string;
  prefix: string;
}

export function hashApiToken(plaintext: string): string {
  return createHash("sha256").update(plaintext, "utf8").digest("hex");
}

export function generateApiToken(): NewTokenSecret {
  const plaintext = TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
  return { plaintext, tokenHash: hashApiToken(plaintext), prefix: plaintext.slice(0, DISPLAY_PREFIX_CHARS) };
}

/** Cheap shape check, so garbage never reaches the database. */
export function isWellFormedApiToken(candidate: string): boolean {
  return TOKEN_PATTERN.test(candidate);
}

/** Constant-time comparison of two SHA-256 hex digests. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
