// Requests are counted by route class, never by raw path: ids and query strings would make endless series.

const CLASSES: [RegExp, string][] = [
  [/^\/api\/admin(\/|$)/, "admin_api"],
  [/^\/admin(\/|$)/, "admin"],
  [/^\/api\/auth(\/|$)/, "auth"],
  [/^\/api\/v2(\/|$)/, "api_v2"],
  [/^\/api\/heartbeat(\/|$)/, "heartbeat"],
  [/^\/api\/(health|ready)$/, "health"],
  [/^\/api\/subscriptions(\/|$)|^\/subscribe(\/|$)/, "subscriptions"],
  [/^\/badge(\/|\.svg$|\.json$)/, "badge"],
  [/^\/(embed|embed\.js)$/, "embed"],
  [/^\/(history\.atom|history\.rss|maintenance\.ics)$/, "feed"],
  [/^\/metrics$/, "metrics"],
  [/^\/_next\//, "static"],
  [/^\/(index\.md|llms\.txt)$|^\/incidents\/[^/]+\.md$/, "markdown"],
  [/^\/$|^\/history$|^\/incidents\/[^/]+$/, "page"],
];

/** The route class of a request URL or path: `page`, `api_v2`, `badge`, `admin`, … or `other`. */
export function routeClassOf(url: string): string {
  const pathname = url.split("?", 1)[0];
  for (const [pattern, name] of CLASSES) if (pattern.test(pathname)) return name;
  return "other";
}
