import { createHmac, timingSafeEqual } from "node:crypto";

// Between the redirect to the provider and its return, the state, nonce and PKCE verifier live in a short-lived
// cookie signed with the viewer key: nothing is kept on the server, and any instance can finish the sign-in.

export interface PendingSignIn {
  pageId: string;
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  expiresAt: number;
}

export const PENDING_COOKIE = "beacon_oidc_pending";
export const PENDING_SECONDS = 600;

const mac = (key: string, payload: string) => createHmac("sha256", key).update(`oidc pending:${payload}`).digest();

export function sealPending(key: string, pending: PendingSignIn): string {
  const payload = Buffer.from(JSON.stringify(pending), "utf8").toString("base64url");
  return `${payload}.${mac(key, payload).toString("base64url")}`;
}

export function openPending(key: string, value: string | undefined, now: number): PendingSignIn | null {
  const [payload, signature] = value?.split(".") ?? [];
  if (!payload || !signature || payload.length > 4000) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const pending = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PendingSignIn;
  return pending.expiresAt > now ? pending : null;
}
