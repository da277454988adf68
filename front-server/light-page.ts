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

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/_next\/static\/[^"]+\.css)"[^>]*\/?>/gi;
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/gi;
const HEAD_CLOSE = /<\/head>/i;

export function isLightPage(key: string): boolean {
  const pathname = key.split("?")[0];
  const route = PUBLIC_ROUTES.find((candidate) => candidate.path.test(pathname));
  return route !== undefined && LIGHT_PAGES.has(route.app);
}

/**
 * The page without Next's scripts, script preloads and RSC payload, loading the islands script instead. The build's
 * stylesheets are inlined: a request that blocks the first paint costs a phone a round trip or more (about 0.5 s in
 * Lighthouse's mobile preset), more than the few KB each first view repeats. A sheet `styles` cannot read stays linked.
 */
export function lightenPage(html: string, islandsSrc: string, styles: (href: string) => string | null = builtStylesheet): string {
  const bare = html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  const styled = bare.replace(STYLESHEET, (link, href: string) => {
    const css = styles(href);
    return css === null || /<\/style/i.test(css) ? link : `<style>${css}</style>`;
  });
  return styled.replace(HEAD_CLOSE, `<script type="module" src="${islandsSrc}"></script></head>`);
}

const stylesheets = new Map<string, string | null>();

/** A stylesheet of this build (`/_next/static/…` is `.next/static/…`), read once. */
function builtStylesheet(href: string): string | null {
  if (!stylesheets.has(href)) {
    const file = path.join(process.cwd(), ".next", "static", path.normalize(href.slice("/_next/static/".length)));
    let css: string | null = null;
    try {
      if (!path.relative(path.join(process.cwd(), ".next", "static"), file).startsWith("..")) css = readFileSync(file, "utf8");
    } catch {
      /* not built here (next dev): stays a link */
    }
    stylesheets.set(href, css);
  }
  return stylesheets.get(href) ?? null;
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
