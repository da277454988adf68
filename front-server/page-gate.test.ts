import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { publicRule } from "@/lib/page-access/access-rule";
import { resolvedPageOf } from "@/lib/page-access/page-of-request";
import { signViewer, viewerKeyOf } from "@/lib/page-access/viewer-cookie";
import { gateFrontRequest, isPublicRoutePath } from "./page-gate";

const KEY = viewerKeyOf("k".repeat(40));
const rules = new Map([["page", { ...publicRule("page"), kind: "password" as const, epoch: 2 }]]);
const access = { gate: () => ({ rules, viewerKey: KEY }), pageOf: resolvedPageOf };
const request = (url: string, cookie?: string) => ({ url, method: "GET", headers: cookie ? { cookie } : {} }) as unknown as IncomingMessage;

describe("the front server's gate", () => {
  it("covers every public route, RSC and query variants included, and nothing else", () => {
    for (const url of [
      "/",
      "/?_rsc=1",
      "/history?page=2",
      "/badge.svg",
      "/api/v2/summary.json",
      "/embed.js",
      "/incidents/x.md",
      "/llms.txt",
    ])
      expect(isPublicRoutePath(url), url).toBe(true);
    for (const url of ["/admin", "/access/password", "/_next/static/x.js", "/robots.txt", "/api/health"])
      expect(isPublicRoutePath(url), url).toBe(false);
  });

  it("refuses an anonymous reader of a private page and lets a viewer through, privately", () => {
    const refused = gateFrontRequest(request("/api/v2/summary.json"), "203.0.113.1", access);
    expect(refused?.allowed).toBe(false);
    const cookie = `beacon_viewer_page=${signViewer(KEY, { pageId: "page", epoch: 2, subject: "password", expiresAt: Date.now() + 60_000 })}`;
    expect(gateFrontRequest(request("/api/v2/summary.json", cookie), "203.0.113.1", access)).toMatchObject({
      allowed: true,
      private: true,
    });
    expect(gateFrontRequest(request("/admin"), "203.0.113.1", access)).toBeUndefined();
  });

  it("lets everyone read a public page, and says nothing before the model is known", () => {
    const open = { gate: () => ({ rules: new Map([["page", publicRule("page")]]), viewerKey: KEY }), pageOf: resolvedPageOf };
    expect(gateFrontRequest(request("/"), "203.0.113.1", open)).toEqual({ allowed: true, private: false });
    expect(
      gateFrontRequest(request("/"), "203.0.113.1", { gate: () => ({ rules: undefined, viewerKey: undefined }), pageOf: resolvedPageOf }),
    ).toEqual({ allowed: true, private: false });
  });
});
