import type { PageAccessRule } from "./access-rule";
import { emailAllowed } from "./email-allow";

// kind "oidc": the provider said who signed in; the page may still limit readers to email domains or addresses and
// to a group (a claim holding a list, `groups` by default).

export type OidcRefusal = "email" | "group" | null;

export function oidcClaimsRefusal(claims: Record<string, unknown>, rule: PageAccessRule): OidcRefusal {
  if (rule.allowedEmails.length + rule.allowedDomains.length > 0) {
    const email = typeof claims.email === "string" ? claims.email : "";
    // An address the provider has not verified proves nothing about who holds it.
    if (!email || claims.email_verified === false || !emailAllowed(email, rule.allowedEmails, rule.allowedDomains)) return "email";
  }
  if (rule.oidcGroup) {
    const held = claims[rule.oidcGroupClaim || "groups"];
    const groups = Array.isArray(held) ? held : typeof held === "string" ? [held] : [];
    if (!groups.includes(rule.oidcGroup)) return "group";
  }
  return null;
}
