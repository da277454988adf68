// Which requests the front server may answer from prepared bytes, and the one key each is kept under. A key holds
// only what changes the answer: the parameters a route reads, with values it cannot use folded into one ("~"),
// and ids the public model does not know folded into one too. So random parameters, `_rsc`, labels past their
// limit, unknown incident ids or badge refs cannot make the server keep or render anything new.

import { LANG_PARAM, LOCALES } from "@/lib/i18n/locales";
import { MODEL_PARTS, type ModelPart, type PublicRefs } from "@/lib/public-surface/bridge";

const SLUG = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
/** What an id, a ref or a value the model does not know becomes in a key: never a valid one itself. */
export const UNKNOWN = "~";

type Normalize = (value: string, refs: PublicRefs | undefined) => string | undefined;

const oneOf =
  (...allowed: string[]): Normalize =>
  (value) =>
    allowed.includes(value) ? value : UNKNOWN;
const upTo =
  (max: number): Normalize =>
  (value) =>
    value.length <= max ? value : UNKNOWN;
const wholeNumber =
  (min: number, max: (refs: PublicRefs | undefined) => number): Normalize =>
  (value, refs) =>
    /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max(refs) ? String(Number(value)) : UNKNOWN;

/** A component's or group's slug or id that the page shows; anything else is one key (one 404). */
const knownComponent: Normalize = (value, refs) => (refs && !refs.components.has(value) ? UNKNOWN : upTo(64)(value, refs));
/** ?lang=<locale>: one key per shipped language (lib/i18n); anything else is one more key, rendered in the default. */
const LANG = { [LANG_PARAM]: oneOf(...LOCALES) };
/** Feeds and the calendar in a reader's language (`?lang=de`, lib/feeds/model-in-language.ts). */
const FEED_SCOPE = { component: knownComponent, ...LANG };

const BADGE_LOOK: Record<string, Normalize> = {
  style: oneOf("flat", "flat-square", "plastic", "for-the-badge", "social"),
  label: upTo(100),
  theme: oneOf("light", "dark"),
};

// What each route reads of the public model (bridge.ts: MODEL_PARTS): after a change, only the prepared responses
// of routes reading a changed part are rendered again. Every page stamps the version live updates compare
// (page.updated_at, as every v2 document does), which moves with anything shown, so those read all of SHOWN.
const EVERYTHING = MODEL_PARTS;
const SHOWN: readonly ModelPart[] = ["page", "audit", "components", "componentStatus", "incidents", "maintenances"];
const STATUS: readonly ModelPart[] = ["page", "components", "componentStatus", "incidents", "maintenances"];
const INCIDENTS: readonly ModelPart[] = ["page", "components", "incidents"];
const CALENDAR: readonly ModelPart[] = ["page", "components", "maintenances"];
const UPTIME: readonly ModelPart[] = ["page", "components", "componentStatus", "statusChanges", "checkTotals"];
const RESPONSE_TIMES: readonly ModelPart[] = ["page", "components", "checkTotals"];

export interface PublicRoute {
  /** The route under app/ (its folder) this entry serves. */
  app: string;
  /** The parts of the public model its responses show: a change of any other part leaves them current. */
  reads: readonly ModelPart[];
  path: RegExp;
  /** The parameters the route reads, each with what its value becomes in the key. */
  query: Record<string, Normalize>;
  /** An HTML page readers read in their language: redirected by cookie or Accept-Language to its ?lang= URL. */
  html?: boolean;
  /** Path parts naming something the model must know (capture group → kind); unknown ones become UNKNOWN. */
  refs?: ("incidents" | "maintenances" | "components")[];
  /** Representative URLs (with {incident}, {maintenance} and {component} to fill in) for the outage journey: each answers 200. */
  samples: string[];
  /** URLs naming what does not exist: each answers 404, from the model too. */
  missing?: string[];
}

export const PUBLIC_ROUTES: PublicRoute[] = [
  { app: "", reads: EVERYTHING, path: /^\/$/, query: LANG, html: true, samples: ["/", "/?utm_source=x", "/?_rsc=abc"] },
  {
    app: "history",
    reads: SHOWN,
    path: /^\/history$/,
    query: { page: wholeNumber(1, (refs) => refs?.historyPages ?? Number.MAX_SAFE_INTEGER), ...LANG },
    html: true,
    samples: ["/history", "/history?page=1&utm_source=x"],
    missing: ["/history?page=999"],
  },
  {
    app: "incidents/[id]",
    reads: SHOWN,
    path: new RegExp(`^/incidents/(${SLUG})$`),
    query: LANG,
    html: true,
    refs: ["incidents"],
    samples: ["/incidents/{incident}"],
    missing: ["/incidents/nope"],
  },
  {
    app: "maintenance/[id]",
    reads: SHOWN,
    path: new RegExp(`^/maintenance/(${SLUG})$`),
    query: LANG,
    html: true,
    refs: ["maintenances"],
    samples: ["/maintenance/{maintenance}"],
    missing: ["/maintenance/nope"],
  },
  {
    app: "history.atom",
    reads: [...INCIDENTS, "maintenances"],
    path: /^\/history\.atom$/,
    query: FEED_SCOPE,
    samples: ["/history.atom", "/history.atom?component={component}"],
    missing: ["/history.atom?component=nope"],
  },
  {
    app: "history.rss",
    reads: [...INCIDENTS, "maintenances"],
    path: /^\/history\.rss$/,
    query: FEED_SCOPE,
    samples: ["/history.rss", "/history.rss?component={component}"],
    missing: ["/history.rss?component=nope"],
  },
  {
    app: "maintenance.ics",
    reads: CALENDAR,
    path: /^\/maintenance\.ics$/,
    query: FEED_SCOPE,
    samples: ["/maintenance.ics", "/maintenance.ics?component={component}"],
    missing: ["/maintenance.ics?component=nope"],
  },
  {
    app: "embed",
    reads: SHOWN,
    path: /^\/embed$/,
    query: { theme: oneOf("light", "dark"), ...LANG },
    html: true,
    samples: ["/embed", "/embed?theme=dark"],
  },
  { app: "embed.js", reads: ["page"], path: /^\/embed\.js$/, query: LANG, samples: ["/embed.js"] },
  // Keeps Next's runtime (no live-updates island, so no version stamp): it changes with the page and its components only.
  { app: "subscribe", reads: ["page", "components"], path: /^\/subscribe$/, query: LANG, html: true, samples: ["/subscribe"] },
  {
    app: "islands/[file]",
    reads: [],
    path: /^\/islands\/[A-Za-z0-9_-]{1,80}\.js$/,
    query: {},
    samples: [],
    missing: ["/islands/nope.js"],
  },
  {
    app: "badge.svg",
    reads: STATUS,
    path: /^\/badge\.svg$/,
    query: BADGE_LOOK,
    samples: ["/badge.svg", "/badge.svg?style=for-the-badge&label=api"],
  },
  { app: "badge.json", reads: STATUS, path: /^\/badge\.json$/, query: BADGE_LOOK, samples: ["/badge.json"] },
  {
    app: "badge/[ref]",
    reads: STATUS,
    path: new RegExp(`^/badge/(${SLUG})\\.(?:svg|json)$`),
    query: BADGE_LOOK,
    refs: ["components"],
    samples: ["/badge/{component}.svg", "/badge/{component}.json?theme=dark"],
    missing: ["/badge/nope.svg"],
  },
  {
    app: "badge/[ref]/[file]",
    reads: UPTIME,
    path: new RegExp(`^/badge/(${SLUG})/uptime\\.(?:svg|json)$`),
    query: { ...BADGE_LOOK, days: wholeNumber(1, () => 90) },
    refs: ["components"],
    samples: ["/badge/{component}/uptime.svg", "/badge/{component}/uptime.json?days=7"],
  },
  {
    app: "badge/[ref]/response-time.svg",
    reads: RESPONSE_TIMES,
    path: new RegExp(`^/badge/(${SLUG})/response-time\\.svg$`),
    query: BADGE_LOOK,
    refs: ["components"],
    samples: ["/badge/{component}/response-time.svg"],
  },
  {
    app: "badge/[ref]/response-time.json",
    reads: RESPONSE_TIMES,
    path: new RegExp(`^/badge/(${SLUG})/response-time\\.json$`),
    query: BADGE_LOOK,
    refs: ["components"],
    samples: ["/badge/{component}/response-time.json"],
  },
  ...[
    "summary",
    "status",
    "components",
    "incidents",
    "incidents/unresolved",
    "scheduled-maintenances",
    "scheduled-maintenances/upcoming",
    "scheduled-maintenances/active",
  ].map((name) => ({
    app: `api/v2/${name}.json`,
    reads: SHOWN,
    path: new RegExp(`^/api/v2/${name}\\.json$`),
    query: {},
    samples: [`/api/v2/${name}.json`],
  })),
  {
    app: "api/v2/components/[id]/response-times.json",
    reads: RESPONSE_TIMES,
    path: new RegExp(`^/api/v2/components/(${SLUG})/response-times\\.json$`),
    query: { range: oneOf("24h", "7d", "30d") },
    refs: ["components"],
    samples: ["/api/v2/components/{component}/response-times.json", "/api/v2/components/{component}/response-times.json?range=7d"],
  },
  { app: "api/openapi.json", reads: ["page"], path: /^\/api\/openapi\.json$/, query: {}, samples: ["/api/openapi.json"] },
  { app: "index.md", reads: EVERYTHING, path: /^\/index\.md$/, query: {}, samples: ["/index.md"] },
  { app: "llms.txt", reads: EVERYTHING, path: /^\/llms\.txt$/, query: {}, samples: ["/llms.txt"] },
  {
    app: "api/markdown/incidents/[id]",
    reads: INCIDENTS,
    path: new RegExp(`^/incidents/(${SLUG})\\.md$`),
    query: {},
    refs: ["incidents"],
    samples: ["/incidents/{incident}.md"],
    missing: ["/incidents/nope.md"],
  },
];

/** Routes under app/ that are public but never prepared, and why. */
export const NOT_PREPARED: Record<string, string> = {
  "api/admin/v1": "the write API: authenticated, never cached",
  "api/heartbeat/[token]": "a monitor's heartbeat: a write",
  "api/probe/v1/assignments": "a remote probe pulls its leased checks (probe token): a write",
  "api/probe/v1/results": "a remote probe uploads a batch of results (probe token): a write",
  "api/integrations/[id]": "an alert integration's webhook (bearer token): a write",
  "api/integrations/[id]/[secret]": "an alert integration's webhook (secret URL): a write",
  "api/health": "liveness: the process answers for itself, never from a cache",
  "api/ready": "readiness: probes the store on every request",
  metrics: "Prometheus metrics: behind a bearer token, current values on every scrape",
  "api/v2/[...path]": "unknown v2 paths: one fixed JSON 404, no data",
  "api/subscriptions/unsubscribe": "one subscriber's one-click unsubscribe: a write",
  "subscribe/confirm": "one subscriber's confirmation page, behind their token (its button, a POST, confirms)",
  "subscribe/manage": "one subscriber's own settings, behind their token",
  "subscribe/unsubscribe": "one subscriber's own page, behind their token",
  access: "signing in to a private page (lib/page-access): one reader's answer, never kept",
  "robots.txt": "which pages crawlers may read: public pages only, from the model on every request",
  "sitemap.xml": "the public pages' URLs: public pages only, from the model on every request",
};

export interface PublicRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache key for a public GET/HEAD, or null when Next must answer (admin, writes, client navigations, assets). */
export function publicKeyOf(request: PublicRequest, refs?: PublicRefs): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  // React Server Component requests (client-side navigation, prefetch) carry per-client router state.
  if (request.headers.rsc || request.headers["next-router-state-tree"] || request.headers["next-action"]) return null;
  const queryAt = request.url.indexOf("?");
  const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const route = PUBLIC_ROUTES.find((candidate) => candidate.path.test(rawPath));
  if (!route) return null;
  const path = knownPath(route, rawPath, refs);
  if (queryAt === -1) return path;
  // `_rsc` without the RSC header is an HTML request like any other: it is one of the parameters left out.
  const params = new URLSearchParams(request.url.slice(queryAt + 1));
  const kept: string[] = [];
  for (const [name, normalize] of Object.entries(route.query)) {
    const value = params.get(name);
    if (value === null) continue;
    const normal = normalize(value, refs);
    if (normal !== undefined) kept.push(`${name}=${encodeURIComponent(normal)}`);
  }
  return kept.length ? `${path}?${kept.join("&")}` : path;
}

const withIndices = new Map<RegExp, RegExp>();

/** The path with a ref the model does not know replaced by UNKNOWN (answered by one 404, whatever the ref). */
function knownPath(route: PublicRoute, path: string, refs: PublicRefs | undefined): string {
  if (!route.refs || !refs) return path;
  const pattern = withIndices.get(route.path) ?? new RegExp(route.path.source, "d");
  withIndices.set(route.path, pattern);
  const span = pattern.exec(path)?.indices?.[1];
  if (!span) return path;
  const ref = path.slice(span[0], span[1]);
  if (route.refs.every((kind) => refs[kind].has(ref))) return path;
  return path.slice(0, span[0]) + UNKNOWN + path.slice(span[1]);
}

const PAGE_KEY_PREFIX = /^\/(?:p\/|@)[^/]+(?=\/|$)/;

/** What the prepared response kept under `key` (page-key.ts: a page's prefix, then a route's key) reads of the model. */
export function partsReadBy(key: string): readonly ModelPart[] {
  const pathname = key.split("?", 1)[0].replace(PAGE_KEY_PREFIX, "") || "/";
  const route = PUBLIC_ROUTES.find((candidate) => candidate.path.test(pathname));
  return route?.reads ?? EVERYTHING;
}

/** The HTML route a path is, if any (PUBLIC_ROUTES' `html`): the routes a reader's language redirects. */
export function htmlRouteOf(pathname: string): PublicRoute | undefined {
  return PUBLIC_ROUTES.find((route) => route.html && route.path.test(pathname));
}
