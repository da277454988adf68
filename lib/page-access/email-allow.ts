// kind "email" (and "oidc" limited to a domain): who may be sent a sign-in link, or signed in.

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const normaliseDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, "");

export function emailAllowed(email: string, allowedEmails: string[], allowedDomains: string[]): boolean {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf("@");
  if (at < 1 || at === address.length - 1) return false;
  const domain = address.slice(at + 1);
  return (
    allowedEmails.some((allowed) => normaliseEmail(allowed) === address) ||
    allowedDomains.some((allowed) => normaliseDomain(allowed) === domain)
  );
}
