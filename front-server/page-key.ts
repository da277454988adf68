import type { IncomingMessage } from "node:http";
import { PAGE_BASE_HEADER, PAGE_HEADER, type PageAddress, resolvePageAddress, UNKNOWN_PAGE_KEY } from "@/lib/page-addressing/addressing";
import type { PublicRefs } from "@/lib/public-surface/bridge";
import { type PublicRequest, publicKeyOf } from "./public-routes";

// The page dimension of the prepared surface: a request is first resolved to its page (lib/pages/addressing.ts),
// then keyed by its route within that page. The default page on its own address keeps the keys it always had; a
// page under /p/<slug> is keyed by that very URL; a page on its own domain by /@<slug>/…, which only the front
// server's renders may ask for. Unknown slugs share one key. So pages multiply the keys by their number, no more.

/** The cache key for a request already resolved to `address`, or null when Next must answer. */
export function pageKeyOf(request: PublicRequest, address: PageAddress, refs: PublicRefs | undefined): string | null {
  if (address.pageId === null && address.keyPrefix === UNKNOWN_PAGE_KEY) {
    const plain = (request.method === "GET" || request.method === "HEAD") && !request.headers.rsc && !request.headers["next-action"];
    return plain ? UNKNOWN_PAGE_KEY : null;
  }
  const key = publicKeyOf({ ...request, url: address.url }, refs);
  return key === null ? null : address.keyPrefix + key;
}

/**
 * Resolves the request's page and rewrites it for Next: the URL without /p/<slug>, the page in internal headers.
 * Whatever a client sent in those headers is dropped first. This is where the page of a request is decided, so
 * where access to a page would be checked.
 */
export function addressRequest(request: IncomingMessage, refs: PublicRefs | undefined, internal: boolean): PageAddress {
  delete request.headers[PAGE_HEADER];
  delete request.headers[PAGE_BASE_HEADER];
  const address = resolvePageAddress(request.url ?? "/", request.headers.host, refs?.pages, internal);
  if (address.pageId !== null) {
    request.url = address.url;
    request.headers[PAGE_HEADER] = address.pageId;
    request.headers[PAGE_BASE_HEADER] = address.base;
  }
  return address;
}
