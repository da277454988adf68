import { createHash } from "node:crypto";

// Beacon's Content-Security-Policy, one definition for both ways a page reaches a browser: pages Next renders for
// one request carry a nonce (proxy.ts); public pages prepared once and served to many readers carry the sha256 of
// each inline script instead (front-server/front-handler.ts), since a nonce shared by every reader protects nothing.
// Only /embed may be framed (by any site).

/** Directives every response carries, scripts aside. */
export function baseDirectives(pathname: string): string[] {
  return ["object-src 'none'", "base-uri 'self'", `frame-ancestors ${pathname === "/embed" ? "*" : "'none'"}`];
}

/** For a page rendered for this request only: its scripts carry `nonce`. */
export function noncePolicy(pathname: string, nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, ...baseDirectives(pathname)].join("; ");
}

/** For prepared HTML: scripts from this origin, and exactly the inline scripts the bytes hold. */
export function hashPolicy(pathname: string, html: string): string {
  const hashes = inlineScriptHashes(html).map((hash) => `'${hash}'`);
  return [["script-src 'self'", ...hashes].join(" "), ...baseDirectives(pathname)].join("; ");
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** `sha256-…` of every inline script's text (scripts with a src are allowed by origin), without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** HSTS only when the page is served over https (BEACON_PUBLIC_URL); on http it would be ignored or harmful. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
