import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { isLocale, LANG_PARAM } from "@/lib/i18n/locales";
import { defaultLocaleOf } from "@/lib/i18n/page-languages";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { PAGE_BASE_HEADER, PAGE_HEADER } from "@/lib/page-addressing/addressing";
import { readPublicModel } from "@/lib/public-model/hold";
import type { PublicModel } from "@/lib/public-model/model";
import { pageViewOf } from "./page-view";

// The page a public request is for, in Next: decided by the front server (front-server/page-key.ts), which strips
// the headers from every outside request and sets them; without them (a request that did not come through it, or
// outside a request) it is the default page at `/`.

export interface RequestPage {
  pageId: string;
  /** Where the page's links start: "" or "/p/<slug>". */
  base: string;
}

export async function requestPage(): Promise<RequestPage> {
  try {
    const h = await headers();
    return { pageId: h.get(PAGE_HEADER) ?? PAGE_SETTINGS_ID, base: h.get(PAGE_BASE_HEADER) ?? "" };
  } catch {
    return { pageId: PAGE_SETTINGS_ID, base: "" }; // outside a request (a job, a test)
  }
}

/** The public model as the request's page shows it (lib/pages/page-view.ts): what every public route renders. */
export async function readPageModel(): Promise<PublicModel> {
  const model = await readPublicModel();
  const { pageId } = await requestPage();
  const view = pageViewOf(model, pageId);
  if (!view) notFound(); // removed since the front server resolved it
  return view;
}

/**
 * The public model as `pageId` shows it: the page a subscription belongs to, whichever address its link was opened
 * on. A page removed since falls back to the default page.
 */
export async function readModelOfPage(pageId: string): Promise<PublicModel> {
  const model = await readPublicModel();
  return pageViewOf(model, pageId) ?? pageViewOf(model, PAGE_SETTINGS_ID) ?? model;
}

/** A link to `path` (starting with "/") on the request's page. */
export async function pageHref(path: string): Promise<string> {
  return (await pageLinks())(path);
}

/** Links on the request's page, for a component that builds several (one read of the request). */
export async function pageLinks(): Promise<(path: string) => string> {
  const { base } = await requestPage();
  const lang = await linkedLocale();
  return (path) => withLang(!base ? path : path === "/" ? base : `${base}${path}`, lang);
}

/** The language links carry (?lang=): the render's, when it is not the page's default (lib/i18n/hreflang.ts). */
async function linkedLocale(): Promise<string | null> {
  try {
    const requested = (await headers()).get(LOCALE_HEADER);
    if (!isLocale(requested)) return null;
    return requested === defaultLocaleOf((await readPageModel()).page.defaultLanguage) ? null : requested;
  } catch {
    return null;
  }
}

function withLang(href: string, lang: string | null): string {
  if (!lang) return href;
  const hash = href.indexOf("#");
  const [path, fragment] = hash === -1 ? [href, ""] : [href.slice(0, hash), href.slice(hash)];
  return `${path}${path.includes("?") ? "&" : "?"}${LANG_PARAM}=${lang}${fragment}`;
}
