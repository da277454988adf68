import { ACCESS_KINDS, type AccessKind, type PageAccessRule, publicRule } from "./access-rule";

// The stored row as the front server holds it: hashes only, never the sealed OIDC client secret.

interface PageAccessRow {
  kind: string;
  epoch: number;
  passwordHash: string | null;
  cidrs: string[] | null;
  allowedEmails: string[] | null;
  allowedDomains: string[] | null;
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcGroupClaim: string | null;
  oidcGroup: string | null;
  readTokenHash: string | null;
}

/** No row: a public page. */
export function accessRuleOf(pageId: string, row: PageAccessRow | null): PageAccessRule {
  if (!row) return publicRule(pageId);
  return {
    pageId,
    kind: (ACCESS_KINDS as readonly string[]).includes(row.kind) ? (row.kind as AccessKind) : "password",
    epoch: row.epoch,
    passwordHash: row.passwordHash,
    cidrs: row.cidrs ?? [],
    allowedEmails: row.allowedEmails ?? [],
    allowedDomains: row.allowedDomains ?? [],
    oidcIssuer: row.oidcIssuer,
    oidcClientId: row.oidcClientId,
    oidcGroupClaim: row.oidcGroupClaim,
    oidcGroup: row.oidcGroup,
    readTokenHash: row.readTokenHash,
  };
}
