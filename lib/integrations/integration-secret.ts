import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sameTokenHash } from "@/lib/secrets/token-secret";

// An integration's URL secret (`whs_…`) and bearer token (`wht_…`): 32 random bytes each, only SHA-256 stored.

const SECRET_PATTERN = /^wh[st]_[A-Za-z0-9_-]{43}$/;
const DISPLAY_PREFIX_CHARS = 10;

export function hashIntegrationSecret(plaintext: string): string {
  return createHash("sha256").update(plaintext, "utf8").digest("hex");
}

export interface IntegrationCredentials {
  secret: string;
  token: string;
  stored: { secretHash: string; secretPrefix: string; tokenHash: string };
}

export function generateIntegrationCredentials(): IntegrationCredentials {
  const secret = `whs_${randomBytes(32).toString("base64url")}`;
  const token = `wht_${randomBytes(32).toString("base64url")}`;
  return {
    secret,
    token,
    stored: {
      secretHash: hashIntegrationSecret(secret),
      secretPrefix: secret.slice(0, DISPLAY_PREFIX_CHARS),
      tokenHash: hashIntegrationSecret(token),
    },
  };
}

/** Constant-time: does `candidate` (from the URL or the Authorization header) match the stored hash? */
export function credentialMatches(candidate: string | null, storedHash: string | null): boolean {
  if (!candidate || !storedHash || !SECRET_PATTERN.test(candidate)) return false;
  return sameTokenHash(hashIntegrationSecret(candidate), storedHash);
}

export function integrationPath(integrationId: string, secret?: string): string {
  return secret ? `/api/integrations/${integrationId}/${secret}` : `/api/integrations/${integrationId}`;
}
