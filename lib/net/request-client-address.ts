import "server-only";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

/**
 * The client address the front server stamped on this request (socket peer, or the right-most untrusted
 * X-Forwarded-For hop behind BEACON_TRUSTED_PROXIES). Without the front server (`next dev`) every request
 * shares one "unknown" bucket rather than believing a header the client wrote.
 */
export function requestClientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
