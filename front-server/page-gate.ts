import type { IncomingMessage, ServerResponse } from "node:http";
import { type AccessGate, type GateAnswer, gateReader } from "@/lib/page-access/gate";
import type { PageOfRequest } from "@/lib/page-access/page-of-request";
import type { Refusal } from "@/lib/page-access/refusal";
import { PUBLIC_ROUTES } from "./public-routes";

// Who may read a private page, asked before any prepared byte is written — in the primary and in every edge worker,
// from what they hold in memory (rules from the model, the viewer key), never from the store.

export interface FrontAccess {
  gate: () => AccessGate;
  pageOf: PageOfRequest;
}

/** Every public route's path: a private page's route is gated whatever the method or the headers (RSC included). */
export function isPublicRoutePath(url: string): boolean {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  return PUBLIC_ROUTES.some((route) => route.path.test(path));
}

/** The gate's answer for a request on a public route; undefined for any other request (admin, assets, sign-in). */
export function gateFrontRequest(
  request: Pick<IncomingMessage, "url" | "headers">,
  clientAddress: string,
  access: FrontAccess | undefined,
  now = Date.now(),
): GateAnswer | undefined {
  const url = request.url ?? "/";
  if (!access || !isPublicRoutePath(url)) return undefined;
  return gateReader({ url, headers: request.headers, clientAddress }, access.pageOf(url, request.headers), access.gate(), now);
}

export function writeRefusal(request: IncomingMessage, response: ServerResponse, refusal: Refusal) {
  response.writeHead(refusal.status, { ...refusal.headers, "content-length": String(Buffer.byteLength(refusal.body)) });
  response.end(request.method === "HEAD" ? undefined : refusal.body);
}
