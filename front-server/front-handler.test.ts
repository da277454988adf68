import { createHash } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loopbackRender } from "./front-handler";

// /subscribe keeps Next's runtime (front-server/light-page.ts): its inline scripts stay, and the policy names them.
describe("a prepared page's Content-Security-Policy", () => {
  it("names the sha256 of each inline script of the rendered bytes, so one response can serve every reader", async () => {
    const inline = 'self.__next_f.push([1,"status"])';
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "frame-ancestors 'none'" });
      response.end(`<html><body><script src="/_next/static/chunk.js"></script><script>${inline}</script></body></html>`);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const rendered = await loopbackRender(origin, "token", 2_000)("/subscribe");
      const policy = new Map(rendered.headers).get("content-security-policy")!;
      expect(policy).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/nonce|unsafe-inline/);
    } finally {
      server.close();
    }
  });
});
