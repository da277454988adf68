import { describe, expect, it } from "vitest";
import { GET } from "@/app/embed.js/route";
import { EMBED_SCRIPT } from "./embed-script";

const request = (method = "GET", headers: Record<string, string> = {}) => new Request("http://beacon.test/embed.js", { method, headers });

describe("GET /embed.js", () => {
  it("answers the script as JavaScript that any site may load and a CDN may cache", async () => {
    const response = GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public/);
    expect(await response.text()).toBe(EMBED_SCRIPT);
  });

  it("answers 304 without a body to a browser that already holds this version", async () => {
    const etag = GET(request()).headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = GET(request("GET", { "if-none-match": etag }));
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const response = GET(request("HEAD"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(EMBED_SCRIPT)));
    expect(await response.text()).toBe("");
  });
});
