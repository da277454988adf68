import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubscriberTokenPurpose } from "@/lib/generated/prisma/enums";
import { hashApiToken } from "@/lib/secrets/token-secret";

// Confirm and manage links carry a random token; the store keeps only its SHA-256 (the API tokens' hash).

export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 3600_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashSubscriptionToken = hashApiToken;

export function isWellFormedSubscriptionToken(candidate: unknown): candidate is string {
  return typeof candidate === "string" && TOKEN_PATTERN.test(candidate);
}

/** Creates a token for the subscriber and returns it in plaintext: put it in a link, never store or log it. */
export async function mintSubscriptionToken(
  tx: Prisma.TransactionClient,
  subscriberId: string,
  purpose: SubscriberTokenPurpose,
  now = new Date(),
): Promise<string> {
  const plaintext = randomBytes(32).toString("base64url");
  const expiresAt = purpose === "confirm" ? new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS) : null;
  await tx.subscriberToken.create({ data: { tokenHash: hashSubscriptionToken(plaintext), subscriberId, purpose, expiresAt } });
  return plaintext;
}

/** The subscriber a live token of `purpose` belongs to, or null. */
export async function subscriberIdForToken(
  tx: Prisma.TransactionClient,
  token: unknown,
  purpose: SubscriberTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  if (!isWellFormedSubscriptionToken(token)) return null;
  const row = await tx.subscriberToken.findUnique({ where: { tokenHash: hashSubscriptionToken(token) } });
  if (!row || row.purpose !== purpose || (row.expiresAt && row.expiresAt <= now)) return null;
  return row.subscriberId;
}
