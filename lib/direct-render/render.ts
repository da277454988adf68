import "server-only";
import { COMMON_HEADERS, FRAME_REFUSAL, FRAMEABLE_PATH } from "@/lib/http/common-headers.mjs";
import { baseDirectives, strictTransportSecurity } from "@/lib/http/content-security-policy";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pageViewOf } from "@/lib/pages/page-view";
import { readPublicModel } from "@/lib/public-model/hold";
import type { PublicModel } from "@/lib/public-model/model";
import type { DirectRequest, RenderedResponse } from "@/lib/public-surface/bridge";
import { DIRECT_ROUTES } from "./routes";

// The front server's render of a public route that is no HTML page, without a request through Next: after a change
// most of the URLs it outdates are JSON, badges, feeds and markdown, and Next's request pipeline cost several times
// what their renderers do. The same renderer the route handler calls (routes.ts), given the page the front
// server resolved, as readPageModel (lib/pages/request-page.ts) gives it in Next; plus the headers Next adds to every
// answer. Registered on the bridge by instrumentation.ts, so it runs with Next's own copies of the modules.

/** The headers Next adds to a route handler's answer to a front-server render: next.config.mjs `headers()` and proxy.ts. */
function nextAddedHeaders(pathname: string): [string, string][] {
  const added: [string, string][] = [
    ...COMMON_HEADERS.map(([name, value]): [string, string] => [name.toLowerCase(), value]),
    ["content-security-policy", baseDirectives(pathname).join("; ")],
  ];
  if (pathname !== FRAMEABLE_PATH) added.push([FRAME_REFUSAL[0].toLowerCase(), FRAME_REFUSAL[1]]);
  const hsts = strictTransportSecurity(process.env.BEACON_PUBLIC_URL);
  if (hsts) added.push(["strict-transport-security", hsts]);
  return added;
}

/** Renders `request` straight from the model; null when Next must (a route it does not handle, a page removed since). */
export async function renderDirect({ route, url, pageId }: DirectRequest): Promise<RenderedResponse | null> {
  const render = DIRECT_ROUTES.get(route);
  if (!render) return null;
  let view: PublicModel | null;
  try {
    view = pageViewOf(await readPublicModel(), pageId ?? PAGE_SETTINGS_ID);
  } catch {
    return null; // no model to read: Next answers as it always did
  }
  if (!view) return null;
  const parsed = new URL(url, "http://localhost");
  const model = view;
  const answer = await render(new Request(parsed), parsed.pathname.split("/").filter(Boolean), async () => model);
  const headers = new Map(answer.headers);
  for (const [name, value] of nextAddedHeaders(parsed.pathname)) headers.set(name, value);
  return { status: answer.status, headers: [...headers], body: Buffer.from(await answer.arrayBuffer()) };
}
