import { describe, expect, it } from "vitest";
import { publicKeyOf } from "./public-routes";

const get = (url: string, headers: Record<string, string> = {}) => publicKeyOf({ method: "GET", url, headers });

describe("publicKeyOf", () => {
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
    expect(get("/?_rsc=xyz")).toBeNull();
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
});
