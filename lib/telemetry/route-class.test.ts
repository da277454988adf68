import { describe, expect, it } from "vitest";
import { routeClassOf } from "./route-class";

describe("routeClassOf", () => {
  it.each([
    ["/", "page"],
    ["/?x=1", "page"],
    ["/incidents/abc123", "page"],
    ["/history", "page"],
    ["/api/v2/summary.json", "api_v2"],
    ["/badge.svg", "badge"],
    ["/badge/backend-api/uptime.svg", "badge"],
    ["/embed.js", "embed"],
    ["/history.atom", "feed"],
    ["/maintenance.ics", "feed"],
    ["/admin/incidents/new", "admin"],
    ["/api/admin/v1/incidents", "admin_api"],
    ["/api/heartbeat/hb_x", "heartbeat"],
    ["/api/ready", "health"],
    ["/incidents/abc123.md", "markdown"],
    ["/llms.txt", "markdown"],
    ["/_next/static/chunk.js", "static"],
    ["/wp-login.php", "other"],
  ])("%s is %s", (url, routeClass) => {
    expect(routeClassOf(url)).toBe(routeClass);
  });
});
