import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, EDGE_TOKEN_HEADER, type TrustedProxies } from "@/lib/net/client-address";
import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import type { AccessGate } from "@/lib/page-access/gate";
import { type PageOfRequest, resolvedPageOf } from "@/lib/page-access/page-of-request";
import { PAGE_BASE_HEADER, PAGE_HEADER, type PageAddress, type PageRoutes, resolvePageAddress } from "@/lib/page-addressing/addressing";
import { startEdgeWorkerMetrics } from "@/lib/telemetry/edge-metrics";
import { routeClassOf } from "@/lib/telemetry/route-class";
import { type FrontAccess, gateFrontRequest, writeRefusal } from "../page-gate";
import { pageKeyOf } from "../page-key";
import type { PreparedResponse } from "../prepared-response";
import { readerLanguage, writeLanguageRedirect } from "../reader-language";
import { writePrepared } from "../write-prepared";
import { isEdgeMessage } from "./edge-messages";

// An edge worker: one of several processes sharing the public port (node:cluster), so the prepared surface is served
// on every core. It holds only what the primary sent it and forwards everything else — misses, admin, writes,
// assets — to the primary, which renders, answers, and sends the new response to every worker.

export function startEdgeWorker(options: {
  port: number;
  hostname?: string;
  primaryPort: number;
  /** Shared with the primary, which believes the client address only from requests that carry it. */
  edgeToken: string;
  trustedProxies: TrustedProxies;
  /** Which page a public request reads; the primary's choice too. */
  pageOf?: PageOfRequest;
}) {
  const prepared = new Map<string, PreparedResponse>();
  // Until the primary tells who may read (its first message), every public request is forwarded to it.
  let access: FrontAccess | undefined;
  let gate: AccessGate | undefined;
  let routes: PageRoutes | undefined;
  // Only what this worker answers itself is counted here; what it forwards, the primary counts.
  const metrics = startEdgeWorkerMetrics();
  process.on("message", (message: unknown) => {
    if (!isEdgeMessage(message)) return;
    if (message.type === "access") {
      gate = { rules: new Map(message.rules.map((rule) => [rule.pageId, rule])), viewerKey: message.viewerKey };
      access ??= { gate: () => gate!, pageOf: options.pageOf ?? resolvedPageOf };
    } else if (message.type === "pages") routes = message.routes;
    else if (message.type === "clear") prepared.clear();
    else if (message.type === "forget") prepared.delete(message.key);
    else prepared.set(message.key, message.response);
  });

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const remote = incoming.socket.remoteAddress ?? "";
    const forwardedFor = incoming.headers["x-forwarded-for"];
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: options.primaryPort,
        method: incoming.method,
        path: incoming.url,
        headers: {
          ...incoming.headers,
          "x-forwarded-for": forwardedFor ? `${forwardedFor}, ${remote}` : remote,
          [CLIENT_ADDRESS_HEADER]: clientAddress(remote, forwardedFor, options.trustedProxies),
          [EDGE_TOKEN_HEADER]: options.edgeToken,
        },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      if (!outgoing.headersSent)
        outgoing.writeHead(502, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
      outgoing.end("Beacon is restarting; try again in a moment.");
    });
    incoming.pipe(upstream);
  };

  const held = (incoming: IncomingMessage, address: PageAddress): PreparedResponse | undefined => {
    const { method, headers } = incoming;
    // Most requests are exactly a held key (a public path without a query, of the default page or under /p/<slug>):
    // one lookup before any parsing. A page on its own domain is keyed apart (page-key.ts).
    const exact = address.keyPrefix.startsWith("/@") || incoming.url?.startsWith("/@") ? undefined : prepared.get(incoming.url ?? "");
    if (exact && (method === "GET" || method === "HEAD") && !headers.rsc && !headers["next-router-state-tree"] && !headers["next-action"]) {
      return exact;
    }
    const key = pageKeyOf({ method: method ?? "GET", url: incoming.url ?? "/", headers }, address, undefined);
    return key === null ? undefined : prepared.get(key);
  };

  const server = createServer((incoming, outgoing) => {
    const address = resolvePageAddress(incoming.url ?? "/", incoming.headers.host, routes);
    const response = access ? held(incoming, address) : undefined;
    if (!response) return forward(incoming, outgoing);
    outgoing.once("finish", () => metrics.countRequest(routeClassOf(incoming.url ?? "/"), outgoing.statusCode));
    // Gated only when answered here: what is forwarded, the primary gates. The page is the one this request resolved
    // to (a client's own page header is never believed), and the URL the route within it.
    const gated = gateFrontRequest(
      { url: address.url, headers: { ...incoming.headers, [PAGE_HEADER]: address.pageId ?? undefined, [PAGE_BASE_HEADER]: address.base } },
      clientAddress(incoming.socket.remoteAddress, incoming.headers["x-forwarded-for"], options.trustedProxies),
      access,
    );
    if (gated && !gated.allowed) return writeRefusal(incoming, outgoing, gated.refusal);
    // The primary's language decision (reader-language.ts), from the same page languages it sent with the routes.
    const language = readerLanguage(
      { url: incoming.url ?? "/", routeUrl: address.url, headers: incoming.headers },
      routes?.languages?.get(address.pageId ?? ""),
    );
    if (language.kind === "redirect") return writeLanguageRedirect(outgoing, language);
    const overrides =
      gated?.private || language.headers ? { ...language.headers, ...(gated?.private ? PRIVATE_PAGE_HEADERS : {}) } : undefined;
    writePrepared(incoming, outgoing, response, overrides);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(options.port, options.hostname);
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
