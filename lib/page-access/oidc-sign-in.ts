import "server-only";
import * as client from "openid-client";
import { getPrisma } from "@/lib/db/boot";
import { openSecret } from "@/lib/secrets/secret-box";
import type { PageAccessRule } from "./access-rule";
import { oidcClaimsRefusal } from "./oidc-claims";
import { openPending, PENDING_SECONDS, type PendingSignIn, sealPending } from "./oidc-pending";
import { safeReturnPath } from "./refusal";

// kind "oidc": authorization code with PKCE, state and nonce, through openid-client (certified). The provider's
// discovery document is read once per issuer and client; the client secret is opened from the store when needed.

const configs = new Map<string, Promise<client.Configuration>>();
const MAX_CONFIGS = 32;

/** Plain http only for a provider on this machine (tests, a local IdP): anywhere else it is https. */
const isLoopback = (url: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

async function configOf(rule: PageAccessRule): Promise<client.Configuration> {
  if (!rule.oidcIssuer || !rule.oidcClientId) throw new Error("single sign-on is not set up for this page");
  const prisma = await getPrisma();
  const row = await prisma.pageAccess.findUnique({ where: { pageId: rule.pageId }, select: { oidcClientSecretSealed: true } });
  const secret = row?.oidcClientSecretSealed ? await openSecret(prisma, row.oidcClientSecretSealed) : undefined;
  const key = `${rule.oidcIssuer}|${rule.oidcClientId}|${row?.oidcClientSecretSealed ?? ""}`;
  let config = configs.get(key);
  if (!config) {
    const issuer = new URL(rule.oidcIssuer);
    config = client.discovery(
      issuer,
      rule.oidcClientId,
      secret,
      undefined,
      isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    config.catch(() => configs.delete(key));
    if (configs.size >= MAX_CONFIGS) configs.delete(configs.keys().next().value as string);
    configs.set(key, config);
  }
  return config;
}

/** Where the provider sends the reader back. */
export const callbackUrlOf = (publicUrl: string) => `${publicUrl.replace(/\/$/, "")}/access/oidc/callback`;

/** The provider's authorization URL, and the pending sign-in to keep in a signed cookie. */
export async function startOidcSignIn(rule: PageAccessRule, returnTo: string, publicUrl: string, key: string, now: number) {
  const config = await configOf(rule);
  const verifier = client.randomPKCECodeVerifier();
  const pending: PendingSignIn = {
    pageId: rule.pageId,
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    next: safeReturnPath(returnTo),
    expiresAt: now + PENDING_SECONDS * 1000,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrlOf(publicUrl),
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, cookie: sealPending(key, pending) };
}

export type OidcFinish = { ok: true; pending: PendingSignIn; subject: string } | { ok: false; reason: "expired" | "refused" | "failed" };

/** The provider's answer at the callback: the code exchanged, the ID token checked (issuer, audience, nonce), the claims allowed. */
export async function finishOidcSignIn(
  callbackUrl: URL,
  pendingCookie: string | undefined,
  rules: (pageId: string) => Promise<PageAccessRule | undefined>,
  key: string,
  now: number,
): Promise<OidcFinish> {
  const pending = openPending(key, pendingCookie, now);
  if (!pending) return { ok: false, reason: "expired" };
  const rule = await rules(pending.pageId);
  if (rule?.kind !== "oidc") return { ok: false, reason: "refused" };
  try {
    const tokens = await client.authorizationCodeGrant(await configOf(rule), callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims() as Record<string, unknown> | undefined;
    if (!claims || oidcClaimsRefusal(claims, rule)) return { ok: false, reason: "refused" };
    return { ok: true, pending, subject: typeof claims.email === "string" ? claims.email : String(claims.sub) };
  } catch (error) {
    console.error("[beacon] single sign-on failed:", (error as Error).message);
    return { ok: false, reason: "failed" };
  }
}
