import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { clientHolds as clientHasCurrent } from "@/lib/http/cache-validators";
import { chooseEncoding, keptHeaders, prepareResponse } from "./prepared-response";

const html = Buffer.from("<html>" + "status ".repeat(500) + "</html>");

describe("prepared responses", () => {
  it("keep brotli and gzip bytes that decompress to exactly the page", () => {
    const prepared = prepareResponse(200, { "content-type": "text/html" }, html);
    expect(brotliDecompressSync(prepared.variants.br.body).equals(html)).toBe(true);
    expect(gunzipSync(prepared.variants.gzip.body).equals(html)).toBe(true);
    expect(prepared.variants.br.headers["content-encoding"]).toBe("br");
    expect(prepared.variants.br.headers.etag).not.toBe(prepared.variants.identity.headers.etag);
  });

  it("do not compress what does not shrink (tiny bodies, images)", () => {
    const tiny = prepareResponse(200, { "content-type": "application/json" }, Buffer.from("{}"));
    expect(tiny.variants.br).toBe(tiny.variants.identity);
  });

  it("choose brotli, then gzip, as the client accepts, and honour q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("recognise any encoding's ETag as the client holding the current bytes", () => {
    const { tag } = prepareResponse(200, { "content-type": "text/html" }, html);
    expect(clientHasCurrent(`"${tag}-br"`, tag)).toBe(true);
    expect(clientHasCurrent(`W/"${tag}"`, tag)).toBe(true);
    expect(clientHasCurrent(`"other"`, tag)).toBe(false);
  });

  it("make per-request pages cacheable by CDNs and drop headers that must never be replayed", () => {
    const kept = keptHeaders([
      ["Content-Type", "text/html"],
      ["Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"],
      ["Set-Cookie", "session=abc"],
      ["X-Frame-Options", "DENY"],
    ]);
    expect(kept).toEqual({
      "content-type": "text/html",
      "cache-control": "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400",
      "x-frame-options": "DENY",
    });
  });
});
