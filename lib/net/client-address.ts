import ipaddr from "ipaddr.js";

// Which address a request came from, for per-client throttles. X-Forwarded-For is written by whoever sends the
// request, so only the hops appended by proxies we trust (BEACON_TRUSTED_PROXIES) are believed. No server-only
// import: the front server and edge workers use this outside Next.

/** Set by the front server (from the socket and trusted hops) on every request it hands to Next; never taken from a client. */
export const CLIENT_ADDRESS_HEADER = "x-beacon-client-address";
/** Carries the edge workers' shared token, so the primary believes the client address a worker sends. */
export const EDGE_TOKEN_HEADER = "x-beacon-edge-token";

export type TrustedProxies = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];

/** Parses a comma-separated list of CIDRs or single addresses; throws naming the first bad entry. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
    if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    }
    throw new Error(`"${entry}" is not an IP address or CIDR range`);
  });
}

function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  // An IPv4 hop with a port (203.0.113.7:51234), as some proxies write it.
  const withoutPort = /^\d+\.\d+\.\d+\.\d+:\d+$/.test(bare) ? bare.slice(0, bare.lastIndexOf(":")) : bare;
  return ipaddr.isValid(withoutPort) ? ipaddr.process(withoutPort) : null;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, trusted: TrustedProxies) {
  return trusted.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
}

/**
 * The socket peer, unless it is a trusted proxy: then the right-most X-Forwarded-For hop that is not itself
 * trusted (hops left of it could have been written by the client). Unparseable hops end the walk there.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies) {
  const socket = normalise(socketAddress ?? "");
  if (!socket) return "unknown";
  if (!isTrusted(socket, trusted)) return socket.toString();
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").filter((hop) => hop.trim());
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalise(hops[i]);
    if (!hop) break;
    client = hop;
    if (!isTrusted(hop, trusted)) break;
  }
  return client.toString();
}
