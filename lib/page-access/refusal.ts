import type { AccessKind } from "./access-rule";
import { type AccessDecision, PRIVATE_PAGE_HEADERS } from "./decide";

// What a reader without access gets: never a component's, an incident's or the page's name, only the way in.

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where to go back after signing in: a path on this site only (never `//host` or a scheme). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 2000 ? value : "/";
}

export function signInPage(kind: AccessKind, pageId: string, returnTo: string, notice?: string): string {
  const hidden = `<input type="hidden" name="page" value="${escapeHtml(pageId)}"><input type="hidden" name="next" value="${escapeHtml(safeReturnPath(returnTo))}">`;
  const way =
    kind === "password"
      ? `<form method="post" action="/access/password">${hidden}<label>Password <input type="password" name="password" required autocomplete="current-password" autofocus></label> <button>Open the page</button></form>`
      : kind === "email"
        ? `<form method="post" action="/access/email">${hidden}<label>Email <input type="email" name="email" required autocomplete="email" autofocus></label> <button>Send me a sign-in link</button></form>`
        : kind === "oidc"
          ? `<p><a href="/access/oidc?page=${encodeURIComponent(pageId)}&amp;next=${encodeURIComponent(safeReturnPath(returnTo))}">Sign in with your organization</a></p>`
          : "<p>Your network address is not allowed to read this page.</p>";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Private status page</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;color:#18181b}input{font:inherit;padding:.25rem .5rem;margin:.25rem 0}button{font:inherit;padding:.25rem .75rem}.notice{color:#92400e}</style></head><body><main><h1>This status page is private</h1>${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ""}${way}</main></body></html>`;
}

/** The answer for a refused reader on `path` (an HTML page offers the way in; badges, feeds and the API get a bare 401/403). */
export function refusalOf(
  decision: Extract<AccessDecision, { access: "refuse" }>,
  kind: AccessKind,
  pageId: string,
  path: string,
  returnTo: string,
): Refusal {
  const base = { ...PRIVATE_PAGE_HEADERS, "x-content-type-options": "nosniff" };
  if (decision.answer === "sign-in" || decision.answer === "forbidden") {
    return {
      status: decision.status,
      headers: {
        ...base,
        "content-type": "text/html; charset=utf-8",
        "content-security-policy":
          "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      },
      body: signInPage(kind, pageId, returnTo),
    };
  }
  const message = decision.status === 401 ? "This status page is private." : "Your network address may not read this status page.";
  if (path.endsWith(".svg")) {
    return {
      status: decision.status,
      headers: { ...base, "content-type": "image/svg+xml; charset=utf-8" },
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20" role="img" aria-label="private"><title>private</title><rect width="60" height="20" fill="#555"/><text x="30" y="14" fill="#fff" font-family="Verdana,sans-serif" font-size="11" text-anchor="middle">private</text></svg>`,
    };
  }
  if (path.endsWith(".json")) {
    const code = decision.status === 401 ? "unauthorized" : "forbidden";
    return {
      status: decision.status,
      headers: { ...base, "content-type": "application/json" },
      body: JSON.stringify({ error: { code, message } }),
    };
  }
  return { status: decision.status, headers: { ...base, "content-type": "text/plain; charset=utf-8" }, body: `${message}\n` };
}
