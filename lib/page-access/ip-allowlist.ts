import ipaddr from "ipaddr.js";

// kind "ip": the client address (lib/net/client-address.ts, behind BEACON_TRUSTED_PROXIES) must fall in one range.

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function rangeOf(entry: string): Range | null {
  const text = entry.trim();
  if (ipaddr.isValidCIDR(text)) return ipaddr.parseCIDR(text);
  if (!ipaddr.isValid(text)) return null;
  const address = ipaddr.process(text);
  return [address, address.kind() === "ipv4" ? 32 : 128];
}

/** The entries that are not a CIDR or an address (empty when all are). */
export function invalidCidrs(entries: string[]): string[] {
  return entries.filter((entry) => rangeOf(entry) === null);
}

export function addressAllowed(address: string, cidrs: string[]): boolean {
  if (!ipaddr.isValid(address)) return false;
  const client = ipaddr.process(address); // ::ffff:10.0.0.1 is 10.0.0.1
  return cidrs.some((entry) => {
    const range = rangeOf(entry);
    return range !== null && range[0].kind() === client.kind() && client.match(range);
  });
}
