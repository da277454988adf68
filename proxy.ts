import { type NextRequest, NextResponse } from "next/server";
import { RENDER_HEADER } from "@/front-server/render-header";
import { baseDirectives, noncePolicy, strictTransportSecurity } from "@/lib/http/content-security-policy";

// Security headers on everything Next answers. A page rendered for one request gets a fresh script nonce, which
// Next reads from the request's Content-Security-Policy and puts on its own scripts. A render the front server asks
// for (to prepare bytes served to many readers) gets no nonce: the front server sends the hashes of its inline
// scripts instead (front-server/front-handler.ts). This is a convenience layer, never an access guard.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("content-security-policy"); // only this proxy decides the nonce Next uses
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
  return response;
}

export const config = {
  // Not the build's static files: they are the same bytes for everyone and carry no script of their own.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
