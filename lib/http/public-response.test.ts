import { describe, expect, it } from "vitest";
import { etagOf, publicResponse } from "./public-response";

const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://beacon.test/x", { method, headers });

describe("publicResponse", () => {
  it("answers with the body, an ETag, CORS for any origin and a short shared cache", async () => {
    const response = publicResponse(get(), '{"a":1}', { contentType: "application/json" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"a":1}');
    expect(response.headers.get("etag")).toBe(etagOf('{"a":1}'));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/max-age=30.*stale-while-revalidate.*stale-if-error/);
  });

  it("answers 304 without a body when the client holds the same bytes", async () => {
    const etag = etagOf("same");
    const response = publicResponse(get({ "if-none-match": `W/${etag}, "other"` }), "same", { contentType: "text/plain" });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const response = publicResponse(get({}, "HEAD"), "hello", { contentType: "text/plain" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("5");
    expect(await response.text()).toBe("");
  });

  it("never turns an error status into a 304", () => {
    const response = publicResponse(get({ "if-none-match": etagOf("gone") }), "gone", { contentType: "text/plain", status: 404 });
    expect(response.status).toBe(404);
  });
});
