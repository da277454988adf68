import { createHmac, timingSafeEqual } from "node:crypto";

// A reader's proof of access to one page: signed with a key the front server holds in memory (from
// BEACON_AUTH_SECRET or the store's auth secret), so it is checked without the store. Bound to the page and to the
// rule's epoch (changing who may read signs everyone out), and it expires.

/** Cookie name per page: several pages may share a host (/p/<slug>). */
export const viewerCookieName = (pageId: string) => `beacon_viewer_${pageId.replace(/[^A-Za-z0-9_-]/g, "")}`;

export const VIEWER_COOKIE_SECONDS = 7 * 24 * 3600;

export interface ViewerClaim {
  pageId: string;
  epoch: number;
  /** Who signed in (an email, "password"), for nothing but logs and the sign-out page. */
  subject: string;
  expiresAt: number;
}

/** A key for viewer cookies only, derived from the instance's auth secret. */
export function viewerKeyOf(authSecret: string): string {
  return createHmac("sha256", authSecret).update("beacon page viewer cookie v1").digest("base64url");
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const mac = (key: string, payload: string) => createHmac("sha256", key).update(payload).digest();

export function signViewer(key: string, claim: ViewerClaim): string {
  const payload = ["v1", b64(claim.pageId), String(claim.epoch), String(Math.floor(claim.expiresAt / 1000)), b64(claim.subject)].join(".");
  return `${payload}.${mac(key, payload).toString("base64url")}`;
}

/** The claim when `value` is a cookie this key signed for this page and epoch, not yet expired; null otherwise. */
export function verifyViewer(
  key: string | undefined,
  value: string | undefined,
  pageId: string,
  epoch: number,
  now: number,
): ViewerClaim | null {
  if (!key || !value || value.length > 1024) return null;
  const parts = value.split(".");
  if (parts.length !== 6 || parts[0] !== "v1") return null;
  const payload = parts.slice(0, 5).join(".");
  const given = Buffer.from(parts[5], "base64url");
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claim: ViewerClaim = {
    pageId: Buffer.from(parts[1], "base64url").toString("utf8"),
    epoch: Number(parts[2]),
    expiresAt: Number(parts[3]) * 1000,
    subject: Buffer.from(parts[4], "base64url").toString("utf8"),
  };
  if (claim.pageId !== pageId || claim.epoch !== epoch || !(claim.expiresAt > now)) return null;
  return claim;
}

/** One cookie's value from a Cookie header, without parsing the others. */
export function cookieValue(header: string | string[] | undefined | null, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join("; ") : header;
  if (!text) return undefined;
  for (const part of text.split(";")) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
