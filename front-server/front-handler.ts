import type { IncomingMessage, ServerResponse } from "node:http";
import { hashPolicy } from "@/lib/http/content-security-policy";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import type { PublicRefs } from "@/lib/public-surface/bridge";
import { traceBoot } from "@/lib/startup-trace/boot-trace";
import { builtIslandsScriptSrc, isLightPage, lightenPage } from "./light-page";
import { type FrontAccess, gateFrontRequest, writeRefusal } from "./page-gate";
import { addressRequest, pageKeyOf } from "./page-key";
import type { PreparedResponse } from "./prepared-response";
import type { PublicCache, Render } from "./public-cache";
import { readerLanguage, writeLanguageRedirect } from "./reader-language";
import { RENDER_HEADER } from "./render-header";
import { answerStoreDown, isAdminPageLoad } from "./store-down-page";
import { writePrepared } from "./write-prepared";

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * Public GETs are answered from the prepared surface; everything else (admin, writes, client navigations,
 * assets) and anything the surface has no answer for goes to Next. The cache's own renders carry a per-process
 * token and go straight to Next.
 */
export function createFrontHandler(
  cache: PublicCache,
  next: Handler,
  renderToken: string,
  /** Told of every public response served, so edge workers can serve it themselves from then on. */
  onServed?: (key: string, response: PreparedResponse) => void,
  /** What the public model knows (unknown ids share one key). */
  refs: () => PublicRefs | undefined = () => undefined,
  /** The store is known down: admin pages get the front server's 503 page (store-down-page.ts). */
  storeDown: () => boolean = () => false,
  /** Who may read each page: a private page's routes answer only readers with access (page-gate.ts). */
  access?: FrontAccess,
): Handler {
  return (request, response) => {
    const internal = request.headers[RENDER_HEADER] === renderToken;
    const askedUrl = request.url ?? "/";
    const address = addressRequest(request, refs(), internal);
    if (internal) return next(request, response);
    delete request.headers[RENDER_HEADER]; // a client's guess: this request gets the per-request nonce like any other
    if (isAdminPageLoad(request) && storeDown()) return answerStoreDown(request, response);
    // After addressing: the URL is the route within its page, and the page is the one the request resolved to.
    const gated = gateFrontRequest(request, String(request.headers[CLIENT_ADDRESS_HEADER] ?? "unknown"), access);
    if (gated && !gated.allowed) return writeRefusal(request, response, gated.refusal);
    const key = pageKeyOf({ method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers }, address, refs());
    if (key === null) return next(request, response);
    const language = readerLanguage(
      { url: askedUrl, routeUrl: address.url, headers: request.headers },
      refs()?.pages?.languages?.get(address.pageId ?? ""),
    );
    if (language.kind === "redirect") return writeLanguageRedirect(response, language);
    const overrides =
      gated?.private || language.headers ? { ...language.headers, ...(gated?.private ? PRIVATE_PAGE_HEADERS : {}) } : undefined;
    const current = cache.peek(key);
    if (current) {
      onServed?.(key, current);
      return writePrepared(request, response, current, overrides);
    }
    return cache.lookup(key).then(
      (found) => {
        if (!found) return next(request, response);
        onServed?.(key, found.response);
        writePrepared(request, response, found.response, overrides);
      },
      () => next(request, response),
    );
  };
}

/** A page's part of a key (front-server/page-key.ts): /p/<slug> or /@<slug>. */
const PAGE_KEY_PREFIX = /^\/(?:p\/|@)[^/]+(?=\/|$)/;

/** Renders a public URL by asking this very server (with the token), as a browser would, without compression. */
export function loopbackRender(origin: string, renderToken: string, timeoutMs: number): Render {
  const islandsSrc = builtIslandsScriptSrc();
  return async (key) => {
    traceBoot(`render of ${key} started`);
    const answer = await fetch(`${origin}${key}`, {
      headers: { [RENDER_HEADER]: renderToken, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    let body = Buffer.from(await answer.arrayBuffer());
    const headers = new Headers(answer.headers);
    const pathname = new URL(key, origin).pathname.replace(PAGE_KEY_PREFIX, "") || "/"; // the route within its page
    if (islandsSrc && headers.get("content-type")?.startsWith("text/html") && isLightPage(pathname)) {
      body = Buffer.from(lightenPage(body.toString("utf8"), islandsSrc), "utf8");
    }
    // Served to many readers, so no nonce: the policy names the sha256 of each inline script these bytes hold.
    if (headers.get("content-type")?.startsWith("text/html")) {
      headers.set("content-security-policy", hashPolicy(pathname, body.toString("utf8")));
    }
    traceBoot(`render of ${key} done (${answer.status})`);
    return { status: answer.status, headers: headers.entries(), body };
  };
}
