import { resolvePageAddress, UNKNOWN_PAGE_KEY } from "@/lib/page-addressing/addressing";
import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import type { Render, RenderedResponse } from "./public-cache";
import { PUBLIC_ROUTES } from "./public-routes";

// A prepared response of a route that is no HTML page (JSON, badges, feeds, markdown) is rendered straight from the
// model by the renderer Next registered on the bridge (lib/direct-render/render.ts), with no HTTP request
// through Next; an HTML page, and whatever the direct render declines, goes through Next (front-handler.ts:
// loopbackRender). The page is resolved here as the front handler resolves it for a render through Next.

export type DirectRender = (key: string) => Promise<RenderedResponse | null>;

/** The bridge's direct render of `key`, its page resolved as for a render through Next; null when Next must render it. */
export function directRenderOf(bridge: PublicSurfaceBridge, host: () => string): DirectRender {
  return async (key) => {
    const direct = bridge.renderDirect;
    if (!direct) return null;
    const address = resolvePageAddress(key, host(), bridge.refs?.pages, true);
    const pathname = address.url.split("?", 1)[0];
    const route = address.keyPrefix === UNKNOWN_PAGE_KEY ? undefined : PUBLIC_ROUTES.find((r) => r.path.test(pathname));
    if (!route || route.html) return null;
    return direct({ route: route.app, url: address.url, pageId: address.pageId }).catch((error: unknown) => {
      console.error(`[beacon] direct render of ${key} failed; rendering it through Next`, error);
      return null;
    });
  };
}

/** The direct render, or `throughNext` for what it declines. */
export function directFirst(direct: DirectRender, throughNext: Render): Render {
  return async (key) => (await direct(key)) ?? throughNext(key);
}
