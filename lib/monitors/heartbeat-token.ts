import "server-only";
import { createHash, randomBytes } from "node:crypto";

// A heartbeat URL's secret is `hb_` + 24 random bytes in base64url; only its SHA-256 is stored (heartbeatTokenHash).

const TOKEN_PATTERN = /^hb_[A-Za-z0-9_-]{32}$/;

export function hashHeartbeatToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createHeartbeatToken(): { token: string; tokenHash: string } {
  const token = `hb_${randomBytes(24).toString("base64url")}`;
  return { token, tokenHash: hashHeartbeatToken(token) };
}

export function isWellFormedHeartbeatToken(candidate: string): boolean {
  return TOKEN_PATTERN.test(candidate);
}

/** The path the service calls; prefix it with the page's public URL. */
export function heartbeatPath(token: string): string {
  return `/api/heartbeat/${token}`;
}

/** When a new (or re-enabled) heartbeat monitor first counts as missed: one interval plus its grace. */
export function firstHeartbeatDeadline(now: Date, monitor: { intervalSeconds: number; timeoutMs: number }): Date {
  return new Date(now.getTime() + monitor.intervalSeconds * 1000 + monitor.timeoutMs);
}
