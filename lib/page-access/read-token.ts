import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// A page's read token lets badges and feeds of a private page be fetched (`?token=`) by readers that cannot sign in
// (a README, a feed reader). Only its SHA-256 is kept; an owner rotates it, which ends the old one.

const PREFIX = "bpr_";

export function generateReadToken(): { plaintext: string; hash: string } {
  const plaintext = PREFIX + randomBytes(24).toString("base64url");
  return { plaintext, hash: hashReadToken(plaintext) };
}

export const hashReadToken = (plaintext: string) => createHash("sha256").update(plaintext, "utf8").digest("hex");

export function readTokenMatches(candidate: string | null | undefined, hash: string | null): boolean {
  if (!candidate || !hash || !candidate.startsWith(PREFIX) || candidate.length > 100) return false;
  const given = Buffer.from(hashReadToken(candidate), "hex");
  const kept = Buffer.from(hash, "hex");
  return kept.length === 32 && timingSafeEqual(given, kept);
}
