import type { ServerResponse } from "node:http";
import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import type { DirectRender } from "./direct-first";
import { keptHeaders } from "./prepared-response";
import type { Render, RenderedResponse } from "./public-cache";

// GET /_beacon/render-paths?key=<key>, beside the surface stats (only with BEACON_SURFACE_STATS=true): one key
// rendered both ways, straight from the model and through Next, as the prepared surface would keep each, so a test
// proves the two cannot drift (front-server/direct-render.integration.test.ts).

export const RENDER_PATHS_PATH = "/_beacon/render-paths";

const kept = (rendered: RenderedResponse | null) =>
  rendered && { status: rendered.status, headers: keptHeaders(rendered.headers), body: rendered.body.toString("base64") };

export async function answerRenderPaths(
  url: string,
  bridge: PublicSurfaceBridge,
  paths: { direct: DirectRender; throughNext: Render },
  response: ServerResponse,
) {
  const key = new URL(url, "http://localhost").searchParams.get("key") ?? "/";
  const version = bridge.version;
  const [direct, throughNext] = [await paths.direct(key), await paths.throughNext(key)];
  const body = { version, versionAfter: bridge.version, direct: kept(direct), throughNext: kept(throughNext) };
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}
