import { describe, expect, it } from "vitest";
import { GET } from "@/app/embed.js/route";
import { EMBED_SCRIPT } from "./embed-script";

const request = (method = "GET", headers: Record<string, string> = {}) => new Request("http://beacon.test/embed.js", { method, headers });

describe("GET /embed.js", () => {
  it("answers the script as JavaScript that any site may load and a CDN may cache", async () => {
    const response = await GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public/);
    expect(await response.text()).toBe(EMBED_SCRIPT);
  });

  it("answers 304 without a body to a browser that already holds this version", async () => {
    const etag = (await GET(request())).headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await GET(request("GET", { "if-none-match": etag }));
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const response = await GET(request("HEAD"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(EMBED_SCRIPT)));
    expect(await response.text()).toBe("");
  });

  it("writes its words in the ?lang= language, right to left in Arabic, and English otherwise", async () => {
    const german = await (await GET(new Request("http://beacon.test/embed.js?lang=de"))).text();
    expect(german).toContain('"investigating":"Wird untersucht"');
    expect(german).not.toContain("Dismiss status notice");
    const arabic = await (await GET(new Request("http://beacon.test/embed.js?lang=ar"))).text();
    expect(arabic).toContain('"dir":"rtl"');
    expect(await (await GET(new Request("http://beacon.test/embed.js?lang=xx"))).text()).toBe(EMBED_SCRIPT);
  });
});
