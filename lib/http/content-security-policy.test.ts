import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, noncePolicy, strictTransportSecurity } from "./content-security-policy";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("the Content-Security-Policy", () => {
  it("allows exactly the inline scripts prepared bytes hold, by hash, and scripts from this origin", () => {
    const html = `<html><head><script src="/_next/static/a.js" async></script><script>self.__next_f.push([1,"é"])</script>
      <script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"é"])</script></head></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256('self.__next_f.push([1,"é"])'), sha256('{"a":1}')]);
    const policy = hashPolicy("/", html);
    expect(policy).toMatch(/^script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'$/);
    expect(policy).not.toContain("unsafe-inline");
  });

  it("gives a page rendered for one request its nonce", () => {
    expect(noncePolicy("/admin", "abc123")).toBe(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    );
  });

  it("asks for HSTS only when the page's public URL is https", () => {
    expect(strictTransportSecurity("https://status.example.com")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
