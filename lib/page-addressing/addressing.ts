import { pageLanguagesOf } from "@/lib/i18n/page-languages";
import type { PageLanguages } from "@/lib/i18n/resolve-locale";

// Which page a public request is for: by a `/p/<slug>` prefix on the instance's address, else by the Host it came
// to (each page's list of domains), else the default page (what `/` has always served, on any other host). Plain
// data and no server-only imports: the front server and its edge workers resolve every request with it, and tell
// Next the result in two internal headers (stripped from every outside request, so nobody can choose them).

/** What the front server needs to route requests to pages; taken from the public model (lib/public-model/refs.ts). */
export interface PageRoutes {
  defaultId: string;
  /** Slug → page id (the default page's slug too). */
  slugs: ReadonlyMap<string, string>;
  /** Host name (lower case, no port) → slug, for pages other than the default one. */
  domains: ReadonlyMap<string, string>;
  /** Page id → its languages (lib/i18n/page-languages.ts), for the front server's language redirect. */
  languages?: ReadonlyMap<string, PageLanguages>;
}

/** The page's id, for Next (lib/pages/request-page.ts). */
export const PAGE_HEADER = "x-beacon-page";
/** Where the page's links start on this request: "" on its own host or the default page at `/`, "/p/<slug>" else. */
export const PAGE_BASE_HEADER = "x-beacon-page-base";

/** Every request under a slug no page has is one key: one 404, however many slugs are tried. */
export const UNKNOWN_PAGE_KEY = "/p/~";
/**
 * Keys of a page reached on its own domain start with this and its slug: the bytes differ from those under
 * /p/<slug> (links start at `/`). Only the front server's own renders may use it as a path (an outside request
 * for it is an ordinary unknown path).
 */
const DOMAIN_KEY = "/@";

export interface PageAddress {
  /** Null: a /p/<slug> no page has. */
  pageId: string | null;
  /** The URL as Next sees it: without the /p/<slug> prefix. */
  url: string;
  base: string;
  /** Put before the route's key (public-routes.ts): "" for the default page on its own address. */
  keyPrefix: string;
}

const PREFIX = /^\/p\/([^/?#]+)(?=$|[/?])/;
const DOMAIN_PREFIX = /^\/@([^/?#]+)(?=$|[/?])/;

/** The host name of a Host header: lower case, without the port. */
export function hostNameOf(host: string | string[] | undefined): string {
  const value = (Array.isArray(host) ? host[0] : host)?.trim().toLowerCase() ?? "";
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  const colon = value.lastIndexOf(":");
  return colon === -1 ? value : value.slice(0, colon);
}

/**
 * The page a request is for, and the URL Next should see. `internal` (the front server's own renders) also reads
 * the domain-key form of a path (/@<slug>/…), which stands for "on the page's own domain".
 */
export function resolvePageAddress(
  url: string,
  host: string | string[] | undefined,
  routes: PageRoutes | undefined,
  internal = false,
): PageAddress {
  if (!routes) return { pageId: null, url, base: "", keyPrefix: "" };
  const prefixed = PREFIX.exec(url);
  if (prefixed) {
    const slug = decodeSlug(prefixed[1]);
    const pageId = slug === undefined ? undefined : routes.slugs.get(slug);
    const rest = url.slice(prefixed[0].length);
    if (!pageId) return { pageId: null, url, base: "", keyPrefix: UNKNOWN_PAGE_KEY };
    const base = `/p/${slug}`;
    return { pageId, url: rest.startsWith("/") ? rest : `/${rest}`, base, keyPrefix: base };
  }
  if (internal) {
    const domainKey = DOMAIN_PREFIX.exec(url);
    const pageId = domainKey && routes.slugs.get(domainKey[1]);
    if (domainKey && pageId) {
      const rest = url.slice(domainKey[0].length);
      return { pageId, url: rest.startsWith("/") ? rest : `/${rest}`, base: "", keyPrefix: `${DOMAIN_KEY}${domainKey[1]}` };
    }
  }
  const slug = routes.domains.get(hostNameOf(host));
  const pageId = slug === undefined ? undefined : routes.slugs.get(slug);
  if (slug !== undefined && pageId) return { pageId, url, base: "", keyPrefix: `${DOMAIN_KEY}${slug}` };
  return { pageId: routes.defaultId, url, base: "", keyPrefix: "" };
}

function decodeSlug(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The routes of a model's pages. Domains are lower-cased; a domain two pages list goes to the first. */
export function pageRoutesOf(
  pages: readonly { id: string; slug?: string; domains?: readonly string[]; defaultLanguage?: string; followBrowserLanguage?: boolean }[],
  defaultId: string,
): PageRoutes {
  const slugs = new Map<string, string>();
  const domains = new Map<string, string>();
  const languages = new Map(pages.map((page) => [page.id, pageLanguagesOf(page)]));
  for (const page of pages) {
    if (!page.slug) continue;
    slugs.set(page.slug, page.id);
    if (page.id === defaultId) continue;
    for (const domain of page.domains ?? []) if (!domains.has(domain.toLowerCase())) domains.set(domain.toLowerCase(), page.slug);
  }
  return { defaultId, slugs, domains, languages };
}

/**
 * A page's public address, where its feeds, API documents and mails point: https on its canonical domain, else the
 * default page's address under /p/<slug>.
 */
export function pageUrlOf(defaultPageUrl: string, page: { slug?: string; canonicalDomain?: string | null }): string {
  if (page.canonicalDomain) return `https://${page.canonicalDomain}`;
  return `${defaultPageUrl.replace(/\/+$/, "")}/p/${page.slug}`;
}
