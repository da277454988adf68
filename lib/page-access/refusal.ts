import { DEFAULT_LOCALE, type Locale, localeDirection } from "@/lib/i18n/locales";
import type { AccessKind } from "./access-rule";
import { type AccessDecision, PRIVATE_PAGE_HEADERS } from "./decide";
import { signInWords } from "./sign-in-words";

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

/** The sign-in page's look, light and dark, inline: the page must not depend on any asset or script. */
const SIGN_IN_STYLE = [
  "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f4f5;color:#18181b}",
  "main{max-width:26rem;margin:12vh auto;padding:2rem;background:#fff;border:1px solid #e4e4e7;border-radius:.75rem}",
  "h1{font-size:1.25rem;margin:0 0 .25rem}p{margin:0 0 1rem;color:#52525b}",
  "label{display:block;font-weight:600}",
  "input{display:block;width:100%;box-sizing:border-box;font:inherit;font-weight:400;padding:.5rem .75rem;margin:.375rem 0 1rem;border:1px solid #a1a1aa;border-radius:.5rem;background:transparent;color:inherit}",
  "button,main a{display:inline-block;font:inherit;font-weight:600;padding:.5rem 1rem;border:0;border-radius:.5rem;background:#0369a1;color:#fff;text-decoration:none;cursor:pointer}",
  ".notice{color:#92400e}",
  "@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}main{background:#18181b;border-color:#3f3f46}p{color:#a1a1aa}.notice{color:#fcd34d}}",
  "@media (max-width:30rem){main{margin:1.5rem 1rem;padding:1.25rem}}",
].join("");

/** The sign-in page of a private page, in `locale` (lib/page-access/sign-in-words.ts). */
export function signInPage(kind: AccessKind, pageId: string, returnTo: string, notice?: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = signInWords(locale);
  const hidden = `<input type="hidden" name="page" value="${escapeHtml(pageId)}"><input type="hidden" name="next" value="${escapeHtml(safeReturnPath(returnTo))}">`;
  const way =
    kind === "password"
      ? `<form method="post" action="/access/password">${hidden}<label>${t("password")} <input type="password" name="password" required autocomplete="current-password" autofocus></label> <button>${t("openPage")}</button></form>`
      : kind === "email"
        ? `<form method="post" action="/access/email">${hidden}<label>${t("email")} <input type="email" name="email" required autocomplete="email" autofocus></label> <button>${t("sendLink")}</button></form>`
        : kind === "oidc"
          ? `<p><a href="/access/oidc?page=${encodeURIComponent(pageId)}&amp;next=${encodeURIComponent(safeReturnPath(returnTo))}">${t("signInWithOrganization")}</a></p>`
          : `<p>${t("networkNotAllowed")}</p>`;
  return `<!doctype html><html lang="${locale}" dir="${localeDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t("title")}</title><style>${SIGN_IN_STYLE}</style></head><body><main><h1>${t("heading")}</h1><p>${kind === "ip" ? t("someNetworksOnly") : t("signInToRead")}</p>${notice ? `<p class="notice" role="status">${escapeHtml(notice)}</p>` : ""}${way}</main></body></html>`;
}

/** The answer for a refused reader on `path` (an HTML page offers the way in; badges, feeds and the API get a bare 401/403). */
export function refusalOf(
  decision: Extract<AccessDecision, { access: "refuse" }>,
  kind: AccessKind,
  pageId: string,
  path: string,
  returnTo: string,
  locale: Locale = DEFAULT_LOCALE,
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
      body: signInPage(kind, pageId, returnTo, undefined, locale),
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
