import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_PARTS, type PublicRefs } from "@/lib/public-surface/bridge";
import { NOT_PREPARED, PUBLIC_ROUTES, partsReadBy, publicKeyOf, UNKNOWN } from "./public-routes";

const get = (url: string, headers: Record<string, string> = {}) => publicKeyOf({ method: "GET", url, headers });

describe("publicKeyOf", () => {
  it("keys a feed on the component it follows, and every unknown one on one key", () => {
    const refs = {
      incidents: new Set<string>(),
      maintenances: new Set<string>(),
      components: new Set(["backend-api", "integrations"]),
      historyPages: 1,
    };
    const key = (url: string) => publicKeyOf({ method: "GET", url, headers: {} }, refs);
    expect(key("/history.atom?component=backend-api&utm=x")).toBe("/history.atom?component=backend-api");
    expect(key("/maintenance.ics?component=integrations")).toBe("/maintenance.ics?component=integrations");
    expect(key("/history.rss?component=nope")).toBe(`/history.rss?component=${UNKNOWN}`);
    expect(key("/history.rss?component=other")).toBe(`/history.rss?component=${UNKNOWN}`);
  });

  it("serves the status page, incident pages, history, feeds, badges, the widget and the v2 API from prepared bytes", () => {
    for (const url of [
      "/",
      "/incidents/abc123",
      "/history",
      "/history.atom",
      "/history.rss",
      "/maintenance.ics",
      "/embed",
      "/embed.js",
      "/badge.svg",
      "/badge.json",
      "/badge/backend-api.svg",
      "/badge/backend-api/uptime.svg",
      "/api/v2/summary.json",
      "/api/v2/incidents/unresolved.json",
      "/api/v2/scheduled-maintenances/upcoming.json",
      "/api/v2/components/c1/response-times.json",
    ]) {
      expect(get(url), url).toBe(url);
    }
  });

  it("leaves the admin, sign-in, write API, assets and unknown paths to Next", () => {
    for (const url of [
      "/admin",
      "/admin/incidents/new",
      "/api/admin/v1/incidents",
      "/api/auth/get-session",
      "/_next/static/x.js",
      "/icon.svg",
      "/nope",
    ]) {
      expect(get(url), url).toBeNull();
    }
  });

  it("leaves writes, client navigations and server actions to Next", () => {
    expect(publicKeyOf({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(get("/", { rsc: "1" })).toBeNull();
    expect(get("/", { "next-action": "abc" })).toBeNull();
  });

  it("keys `_rsc` without the RSC header like any unread parameter: no new key, no new render", () => {
    expect(get("/?_rsc=xyz")).toBe("/");
    expect(get("/subscribe?_rsc=1abc")).toBe("/subscribe");
  });

  it("answers HEAD like GET", () => {
    expect(publicKeyOf({ method: "HEAD", url: "/badge.svg", headers: {} })).toBe("/badge.svg");
  });

  it("keys only the query parameters a route reads, in a fixed order, so random parameters cannot bust the cache", () => {
    expect(get("/?utm_source=x&cachebust=123")).toBe("/");
    expect(get("/history?page=2&x=1")).toBe("/history?page=2");
    expect(get("/badge.svg?theme=dark&style=flat-square&z=1")).toBe("/badge.svg?style=flat-square&theme=dark");
    expect(get("/badge.svg?label=my%20api")).toBe("/badge.svg?label=my%20api");
  });

  it("folds ids the model does not know, and values a route cannot use, into one key each", () => {
    const refs: PublicRefs = {
      incidents: new Set(["inc1"]),
      maintenances: new Set(["m1"]),
      components: new Set(["api", "c1"]),
      historyPages: 3,
    };
    const key = (url: string) => publicKeyOf({ method: "GET", url, headers: {} }, refs);
    expect(key("/incidents/inc1")).toBe("/incidents/inc1");
    expect(key("/incidents/random123")).toBe(`/incidents/${UNKNOWN}`);
    expect(key("/maintenance/m1")).toBe("/maintenance/m1");
    expect(key("/maintenance/random123")).toBe(`/maintenance/${UNKNOWN}`);
    expect(key("/maintenance.ics")).toBe("/maintenance.ics");
    expect(key("/badge/api.svg")).toBe("/badge/api.svg");
    expect(key("/badge/whatever.svg?label=x")).toBe(`/badge/${UNKNOWN}.svg?label=x`);
    expect(key("/badge/nope/uptime.json")).toBe(`/badge/${UNKNOWN}/uptime.json`);
    expect(key("/api/v2/components/zzz/response-times.json?range=7d")).toBe(`/api/v2/components/${UNKNOWN}/response-times.json?range=7d`);
    expect(key("/history?page=3")).toBe("/history?page=3");
    expect(key("/history?page=4")).toBe(`/history?page=${UNKNOWN}`);
    expect(key("/history?page=abc")).toBe(`/history?page=${UNKNOWN}`);
    expect(key("/history?page=02")).toBe("/history?page=2");
    expect(key("/badge.svg?style=random")).toBe(`/badge.svg?style=${UNKNOWN}`);
    expect(key(`/badge.svg?label=${"x".repeat(101)}`)).toBe(`/badge.svg?label=${UNKNOWN}`);
    expect(key("/embed?theme=purple")).toBe("/embed?theme=~");
  });
});

/** Every route folder under app/ with a page.tsx or route.ts, as "" (the root) or "history", "badge/[ref]"… */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...appRoutes(full, prefix ? `${prefix}/${name}` : name));
    else if (name === "page.tsx" || name === "route.ts") found.push(prefix);
  }
  return found;
}

describe("the prepared routes table", () => {
  it("names every public route under app/, or says why it is not prepared", () => {
    const admin = (route: string) => route === "admin" || route.startsWith("admin/");
    const excluded = (route: string) => Object.keys(NOT_PREPARED).some((e) => route === e || route.startsWith(`${e}/`));
    const prepared = new Set(PUBLIC_ROUTES.map((r) => r.app));
    const missing = appRoutes().filter((route) => !admin(route) && !excluded(route) && !prepared.has(route));
    expect(missing).toEqual([]);
  });

  it("names only routes that exist, and each sample URL is one of its own", () => {
    const existing = new Set(appRoutes());
    for (const route of PUBLIC_ROUTES) {
      expect(existing.has(route.app), route.app).toBe(true);
      for (const sample of [...route.samples, ...(route.missing ?? [])]) {
        const url = sample.replace("{incident}", "inc1").replace("{maintenance}", "m1").replace("{component}", "c1");
        expect(route.path.test(url.split("?")[0]), url).toBe(true);
      }
    }
  });
});

describe("partsReadBy", () => {
  it("names what each route reads: a component's status reaches the page, the badges and the v2 documents, not the calendar", () => {
    for (const route of PUBLIC_ROUTES) for (const part of route.reads) expect(MODEL_PARTS).toContain(part);
    expect(partsReadBy("/")).toEqual(MODEL_PARTS);
    expect(partsReadBy("/maintenance.ics")).not.toContain("componentStatus");
    expect(partsReadBy("/maintenance.ics?component=api")).toContain("maintenances");
    expect(partsReadBy("/history.atom")).not.toContain("componentStatus");
    expect(partsReadBy("/badge/api.svg?style=flat")).toContain("componentStatus");
    expect(partsReadBy("/api/v2/scheduled-maintenances.json")).toContain("componentStatus"); // page.updated_at
    expect(partsReadBy("/badge/api/response-time.svg")).not.toContain("incidents");
  });

  it("reads a page's keys by their route within the page, and an unknown one as reading everything", () => {
    expect(partsReadBy("/p/eu/maintenance.ics")).toEqual(partsReadBy("/maintenance.ics"));
    expect(partsReadBy("/@eu/badge.svg")).toEqual(partsReadBy("/badge.svg"));
    expect(partsReadBy("/p/~")).toEqual(MODEL_PARTS);
    expect(partsReadBy("/not-a-route")).toEqual(MODEL_PARTS);
  });
});
