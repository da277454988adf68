import { readFileSync } from "node:fs";
import path from "node:path";
import { PUBLIC_ROUTES } from "./public-routes";

// Public pages reach readers as the HTML React rendered on the server, without Next's client runtime (about
// 145 KB of JavaScript and an RSC payload as large as the page): nothing on them needs hydrating. Their few
// browser behaviours — local times, the uptime bars' tooltips, live updates, the response-time chart — are
// islands in one small script (components/islands/, built by scripts/build-islands.ts), which enhances the
// markup and loads the chart's own bundle only when a reader opens it. Pages with forms that react as one types
// (/subscribe) keep Next's runtime; their forms also work without any JavaScript.

/** The routes (PUBLIC_ROUTES' `app`) whose HTML is served light. */
const LIGHT_PAGES = new Set(["", "history", "incidents/[id]", "maintenance/[id]", "embed"]);

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/gi;
const HEAD_CLOSE = /<\/head>/i;

export function isLightPage(key: string): boolean {
  const pathname = key.split("?")[0];
  const route = PUBLIC_ROUTES.find((candidate) => candidate.path.test(pathname));
  return route !== undefined && LIGHT_PAGES.has(route.app);
}

/** The page without Next's scripts, script preloads and RSC payload, loading the islands script instead. */
export function lightenPage(html: string, islandsSrc: string): string {
  const bare = html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  return bare.replace(HEAD_CLOSE, `<script type="module" src="${islandsSrc}"></script></head>`);
}

const MANIFEST = path.join(".next", "beacon", "islands", "manifest.json");
const ENTRY = "components/islands/islands.ts";

/** The islands script's URL from the build's manifest (esbuild's metafile); null when none was built (next dev). */
export function islandsScriptSrc(manifestPath = path.join(process.cwd(), MANIFEST)): string | null {
  try {
    const { outputs } = JSON.parse(readFileSync(manifestPath, "utf8")) as { outputs: Record<string, { entryPoint?: string }> };
    const output = Object.entries(outputs).find(([, meta]) => meta.entryPoint === ENTRY)?.[0];
    return output ? `/islands/${path.basename(output)}` : null;
  } catch {
    return null;
  }
}

let built: string | null | undefined;

/** islandsScriptSrc of this build, read once. */
export function builtIslandsScriptSrc(): string | null {
  if (built === undefined) built = islandsScriptSrc();
  return built;
}
