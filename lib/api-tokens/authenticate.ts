import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db/boot";
import { hashApiToken, isWellFormedApiToken, sameTokenHash } from "@/lib/secrets/token-secret";
import { type AccessDenied, type ApiTokenIdentity, knownScopes, scopesWithinRole } from "./scopes";

// lastUsedAt is for owners spotting unused tokens, so one write a minute is enough even for a busy script.
const LAST_USED_RESOLUTION_MS = 60_000;

export type BearerAuthentication = { ok: true; token: ApiTokenIdentity; actor: Actor } | AccessDenied;

const denied = (message: string): AccessDenied => ({ ok: false, status: 401, error: { code: "unauthorized", message } });

/** The token in an `Authorization: Bearer …` header, or null when the header is missing or another scheme. */
export function bearerTokenOf(authorizationHeader: string | null | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorizationHeader ?? "");
  return match ? match[1] : null;
}

/** Checks an Authorization header against the stored token hashes; a valid token also records when it was used. */
export async function authenticateBearer(
  authorizationHeader: string | null | undefined,
  now: Date = new Date(),
): Promise<BearerAuthentication> {
  const presented = bearerTokenOf(authorizationHeader);
  if (!presented) return denied("Send an API token in the Authorization header: Bearer bcn_…");
  if (!isWellFormedApiToken(presented)) return denied("The API token is not valid");

  const digest = hashApiToken(presented);
  const prisma = await getPrisma();
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: digest },
    select: { id: true, name: true, scopes: true, tokenHash: true, revokedAt: true, createdBy: { select: { role: true } } },
  });
  // The lookup already matched the hash; the constant-time check keeps the decision itself free of timing leaks.
  if (!row || !sameTokenHash(row.tokenHash, digest)) return denied("The API token is not valid");
  if (row.revokedAt) return denied("The API token has been revoked");

  // One conditional write: concurrent requests in the same minute update the row at most once.
  await prisma.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  const token = { id: row.id, name: row.name, scopes: scopesWithinRole(knownScopes(row.scopes), row.createdBy.role) };
  return { ok: true, token, actor: { type: "token", id: row.id, label: row.name } };
}
