import { createHmac, timingSafeEqual } from "node:crypto";

// Beacon-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">. The timestamp is signed, so a
// receiver that rejects old timestamps blocks replays.

export const SIGNATURE_HEADER = "Beacon-Signature";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signWebhookBody(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex");
  return `t=${t},v1=${v1}`;
}

/** What a receiver does: recompute the HMAC over the raw body and compare in constant time, within the tolerance. */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string,
  { now = new Date(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = {},
): boolean {
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest();
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
