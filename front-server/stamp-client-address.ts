import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, EDGE_TOKEN_HEADER, type TrustedProxies } from "@/lib/net/client-address";

/**
 * Writes the request's client address into CLIENT_ADDRESS_HEADER, replacing whatever the client sent. A request
 * forwarded by one of our edge workers (it carries their token) keeps the address the worker stamped from its
 * own socket; the token never reaches Next.
 */
export function stampClientAddress(request: IncomingMessage, trusted: TrustedProxies, edgeToken?: string) {
  const fromEdge = edgeToken !== undefined && request.headers[EDGE_TOKEN_HEADER] === edgeToken;
  delete request.headers[EDGE_TOKEN_HEADER];
  const stamped = request.headers[CLIENT_ADDRESS_HEADER];
  if (fromEdge && typeof stamped === "string") return;
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
}
