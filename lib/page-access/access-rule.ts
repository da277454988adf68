// Who may read a page, as the front server and its edge workers hold it: plain data with hashes only, carried in
// the public model (so the gate answers while the store is down) and sent to edge workers over IPC. No server-only
// import: the front server uses this outside Next.

export const ACCESS_KINDS = ["public", "password", "email", "ip", "oidc"] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface PageAccessRule {
  pageId: string;
  kind: AccessKind;
  /** Bumped whenever who may read changes (kind, password, lists): every viewer cookie signed before is refused. */
  epoch: number;
  /** kind "password": scrypt hash (password-hash.ts). */
  passwordHash: string | null;
  /** kind "ip": CIDRs or single addresses. */
  cidrs: string[];
  /** kind "email" (and "oidc" when set): addresses and domains allowed to read. */
  allowedEmails: string[];
  allowedDomains: string[];
  /** kind "oidc": the provider; its client secret stays sealed in the store. */
  oidcIssuer: string | null;
  oidcClientId: string | null;
  /** kind "oidc": a group the ID token's `groups` claim (or `oidcGroupClaim`) must hold. */
  oidcGroupClaim: string | null;
  oidcGroup: string | null;
  /** SHA-256 hex of the read token badges and feeds may carry (`?token=`); null: none issued. */
  readTokenHash: string | null;
}

export function publicRule(pageId: string): PageAccessRule {
  return {
    pageId,
    kind: "public",
    epoch: 0,
    passwordHash: null,
    cidrs: [],
    allowedEmails: [],
    allowedDomains: [],
    oidcIssuer: null,
    oidcClientId: null,
    oidcGroupClaim: null,
    oidcGroup: null,
    readTokenHash: null,
  };
}

export const isPrivate = (rule: PageAccessRule | undefined): rule is PageAccessRule => !!rule && rule.kind !== "public";
