// Tests only: a vendor's status page on loopback. It serves the summary the test sets, with an ETag (and a 304
// when the client sends it back), or misbehaves as the test asks: a 500, an HTML error page, a 10 MB body, a
// redirect to the cloud metadata address.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type UpstreamMode = "ok" | "error-500" | "html-200" | "huge-body" | "redirect-to-metadata";

export interface UpstreamServer {
  url: string;
  mode: UpstreamMode;
  document: unknown;
  /** Requests for the summary, and how many carried If-None-Match / got a 304. */
  requests: number;
  conditionalRequests: number;
  notModified: number;
  /** Bytes of the 10 MB body written before the client hung up. */
  hugeBodyBytesWritten: number;
  close(): Promise<void>;
}

const HUGE_BODY_BYTES = 10 * 1024 * 1024;

export async function startUpstreamServer(document: unknown = null): Promise<UpstreamServer> {
  const state = {
    mode: "ok" as UpstreamMode,
    document,
    requests: 0,
    conditionalRequests: 0,
    notModified: 0,
    hugeBodyBytesWritten: 0,
  };
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path !== "/api/v2/summary.json") return void response.writeHead(404).end("not found");
    state.requests++;
    if (state.mode === "error-500") return void response.writeHead(500).end("Internal Server Error");
    if (state.mode === "html-200") {
      return void response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><h1>We'll be right back</h1>");
    }
    if (state.mode === "redirect-to-metadata") {
      return void response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/" }).end();
    }
    if (state.mode === "huge-body") return void streamHugeBody(response, state);
    const body = JSON.stringify(state.document);
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    if (request.headers["if-none-match"]) state.conditionalRequests++;
    if (request.headers["if-none-match"] === etag) {
      state.notModified++;
      return void response.writeHead(304, { etag }).end();
    }
    response.writeHead(200, { "content-type": "application/json", etag, "last-modified": "Sun, 29 Nov 2026 09:00:00 GMT" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A JSON-looking body of 10 MB, written in 64 KiB chunks as fast as the client reads; stops when it hangs up. */
function streamHugeBody(response: http.ServerResponse, state: { hugeBodyBytesWritten: number }) {
  const chunk = Buffer.alloc(64 * 1024, " ");
  response.writeHead(200, { "content-type": "application/json", "content-length": String(HUGE_BODY_BYTES) });
  const write = () => {
    while (state.hugeBodyBytesWritten < HUGE_BODY_BYTES && !response.destroyed) {
      state.hugeBodyBytesWritten += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", write);
    }
    if (!response.destroyed) response.end();
  };
  write();
}
