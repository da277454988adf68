import { type NextRequest, NextResponse } from "next/server";
import { isPublicRoutePath } from "@/front-server/page-gate";
import { RENDER_HEADER } from "@/front-server/render-header";
import { baseDirectives, noncePolicy, strictTransportSecurity } from "@/lib/http/content-security-policy";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { canonicalLocale, LANG_PARAM } from "@/lib/i18n/locales";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import { type GateAnswer, gateReader } from "@/lib/page-access/gate";
import { resolvedPageOf } from "@/lib/page-access/page-of-request";
import { publicSurfaceBridge } from "@/lib/public-surface/bridge";

// Security headers on everything Next answers. A page rendered for one request gets a fresh script nonce, which
// Next reads from the request's Content-Security-Policy and puts on its own scripts. A render the front server asks
// for (to prepare bytes served to many readers) gets no nonce: the front server sends the hashes of its inline
// scripts instead (front-server/front-handler.ts). For admin pages a convenience layer, never their guard; for a
// private status page the same gate the front server takes (lib/page-access/gate.ts), so a request reaching Next by
// any way (a client navigation, `next dev`) is refused just the same.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const gated = gateNextRequest(request);
  if (gated && !gated.allowed)
    return new NextResponse(gated.refusal.body, { status: gated.refusal.status, headers: gated.refusal.headers });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("content-security-policy"); // only this proxy decides the nonce Next uses
  // The render's language comes from the URL alone (never a cookie or Accept-Language: the front server redirects
  // by those to a ?lang= URL), so the bytes kept under a key are the bytes that key names.
  requestHeaders.delete(LOCALE_HEADER);
  const locale = pathname.startsWith("/admin") ? "en" : canonicalLocale(request.nextUrl.searchParams.get(LANG_PARAM)); // the console speaks English
  if (locale) requestHeaders.set(LOCALE_HEADER, locale);
  let policy: string;
  if (request.headers.has(RENDER_HEADER)) {
    policy = baseDirectives(pathname).join("; ");
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    policy = noncePolicy(pathname, nonce);
    requestHeaders.set("content-security-policy", policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  const hsts = strictTransportSecurity(process.env.BEACON_PUBLIC_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  if (gated?.private) for (const [name, value] of Object.entries(PRIVATE_PAGE_HEADERS)) response.headers.set(name, value);
  return response;
}

/** The front server's own renders (it strips a client's guess at the token) are gated where they are served. */
function gateNextRequest(request: NextRequest): GateAnswer | undefined {
  const url = request.nextUrl.pathname + request.nextUrl.search;
  if (request.headers.has(RENDER_HEADER) || !isPublicRoutePath(request.nextUrl.pathname)) return undefined;
  const bridge = publicSurfaceBridge();
  const headers = Object.fromEntries(request.headers.entries());
  const clientAddress = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  return gateReader(
    { url, headers, clientAddress },
    resolvedPageOf(url, headers),
    { rules: bridge.accessRules, viewerKey: bridge.viewerKey },
    Date.now(),
  );
}

export const config = {
  // Not the build's static files: they are the same bytes for everyone and carry no script of their own.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
