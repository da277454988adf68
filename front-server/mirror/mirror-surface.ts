import { readdirSync } from "node:fs";
import path from "node:path";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import type { PublicRefs, PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { PUBLIC_ROUTES, publicKeyOf, UNKNOWN } from "../public-routes";

// What the static mirror holds: every URL of the public surface of every public page, as front-server keys (so
// each is read from the same prepared bytes Beacon serves). The route table's sample URLs are filled in for every
// incident, maintenance and component the model knows, so the outage journey's URL list is all there; the history
// pages, the widget's themes and the response-time chart's ranges are added to them.

export interface MirroredPage {
  /** Names the page in the mirror's status and logs. */
  name: string;
  /** Where the page's URLs start ("" for the instance's own page); its objects sit under the same prefix. */
  pathPrefix: string;
  /** Private pages are never exported. */
  visibility: "public" | "private";
  refs: PublicRefs | undefined;
}

/**
 * Every page this instance serves: the default page at the mirror's root, each other page under /p/<slug> (where it
 * answers on the instance's address too). A page whose access rule is not public is marked private.
 */
export function pagesOfInstance(bridge: PublicSurfaceBridge): MirroredPage[] {
  const { refs, accessRules } = bridge;
  const visibility = (pageId: string) => ((accessRules?.get(pageId)?.kind ?? "public") === "public" ? "public" : "private");
  const routes = refs?.pages;
  if (!routes) return [{ name: "status page", pathPrefix: "", visibility: visibility(PAGE_SETTINGS_ID), refs }];
  const pages: MirroredPage[] = [{ name: "status page", pathPrefix: "", visibility: visibility(routes.defaultId), refs }];
  for (const [slug, pageId] of routes.slugs) {
    if (pageId !== routes.defaultId) pages.push({ name: `page ${slug}`, pathPrefix: `/p/${slug}`, visibility: visibility(pageId), refs });
  }
  return pages;
}

/** The one question asked before anything of a page is exported. */
export function isMirrored(page: MirroredPage): boolean {
  return page.visibility === "public";
}

const RESPONSE_TIME_RANGES = ["24h", "7d", "30d"];

/** Every URL of one page's public surface, as front-server keys (canonical, deduplicated). */
export function mirrorKeysOf(page: MirroredPage): string[] {
  const { refs } = page;
  if (!refs) return [];
  const components = refs.slugs ?? [...refs.components];
  const fillings: Record<string, readonly string[]> = {
    "{incident}": [...refs.incidents],
    "{maintenance}": [...refs.maintenances],
    "{component}": components,
  };
  const urls: string[] = [];
  for (const route of PUBLIC_ROUTES) {
    for (const sample of route.samples) urls.push(...fillIn(sample, fillings));
  }
  for (let page = 1; page <= refs.historyPages; page++) urls.push(`/history?page=${page}`);
  // The pages' one script and the chart it loads: instance-wide, at the root (pages name them by absolute path).
  if (page.pathPrefix === "") urls.push(...builtIslandFiles().map((file) => `/islands/${file}`));
  urls.push("/embed?theme=light", "/embed?theme=dark");
  for (const id of refs.componentIds ?? []) {
    const base = `/api/v2/components/${encodeURIComponent(id)}/response-times.json`;
    urls.push(base, ...RESPONSE_TIME_RANGES.map((range) => `${base}?range=${range}`));
  }
  const keys = new Set<string>();
  for (const url of urls) {
    const key = publicKeyOf({ method: "GET", url, headers: {} }, refs);
    if (key !== null && !key.includes(UNKNOWN)) keys.add(page.pathPrefix + key);
  }
  return [...keys];
}

/** The islands `npm run build` wrote (scripts/build-islands.ts); none without a build. */
function builtIslandFiles(): string[] {
  try {
    return readdirSync(path.join(process.cwd(), ".next", "beacon", "islands")).filter((file) => file.endsWith(".js"));
  } catch {
    return [];
  }
}

function fillIn(sample: string, fillings: Record<string, readonly string[]>): string[] {
  const placeholder = Object.keys(fillings).find((name) => sample.includes(name));
  if (!placeholder) return [sample];
  return fillings[placeholder].flatMap((value) => fillIn(sample.replaceAll(placeholder, encodeURIComponent(value)), fillings));
}
