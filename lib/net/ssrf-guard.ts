import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

// Monitors make requests from inside the server's network, so their targets are checked before every connection.

export interface TargetPolicy {
  /** BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS: loopback, RFC 1918, CGNAT and unique-local targets allowed. */
  allowPrivateNetworks: boolean;
}
/** `unresolved`: the name does not resolve now, which may pass; otherwise the target itself is refused. */
type Refusal = { ok: false; reason: string; unresolved?: true };
export type AddressVerdict = { ok: true } | Refusal;
export type ResolvedTarget = { ok: true; address: string; family: 4 | 6 } | Refusal;

// Cloud metadata services: refused even when private networks are allowed.
const METADATA_ADDRESSES = new Set(["fd00:ec2:0:0:0:0:0:254"]);
const PRIVATE_RANGES = new Set(["private", "loopback", "uniqueLocal", "carrierGradeNat", "unspecified"]);

/**
 * An IPv4-mapped (::ffff:10.0.0.1) or IPv4-compatible (::a9fe:a9fe, ::127.0.0.1) IPv6 address is judged as the
 * IPv4 address it carries: stacks route both to that IPv4 host. :: and ::1 keep their own IPv6 meaning.
 */
function asCarriedIpv4(ip: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (ip.kind() === "ipv4") return ip;
  const parts = (ip as ipaddr.IPv6).parts;
  const compatible = parts.slice(0, 6).every((part) => part === 0) && (parts[6] !== 0 || parts[7] > 1);
  return compatible ? new ipaddr.IPv4([parts[6] >> 8, parts[6] & 0xff, parts[7] >> 8, parts[7] & 0xff]) : ip;
}

/** Whether a monitor may connect to `address` (an IP literal) under `policy`. */
export function checkAddress(address: string, policy: TargetPolicy): AddressVerdict {
  if (!ipaddr.isValid(address)) return { ok: false, reason: `${address} is not an IP address` };
  const ip = asCarriedIpv4(ipaddr.process(address));
  const range = ip.range();
  if (range === "linkLocal" || METADATA_ADDRESSES.has(ip.toNormalizedString())) {
    return { ok: false, reason: `${address} is link-local (cloud metadata); monitors never target it` };
  }
  if (range === "unicast") return { ok: true };
  if (PRIVATE_RANGES.has(range)) {
    return policy.allowPrivateNetworks
      ? { ok: true }
      : { ok: false, reason: `${address} is a private address; set BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS=true to allow it` };
  }
  return { ok: false, reason: `${address} is a ${range} address; monitors only target unicast addresses` };
}

/**
 * Resolves `host` and checks every address it has (one refused address refuses the host, so DNS can't mix a
 * private address in); the caller connects to the returned address, leaving no gap for DNS rebinding.
 */
export async function resolveAllowedTarget(host: string, policy: TargetPolicy): Promise<ResolvedTarget> {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  let addresses: { address: string; family: number }[];
  if (isIP(bare)) {
    addresses = [{ address: bare, family: isIP(bare) }];
  } else {
    try {
      addresses = await lookup(bare, { all: true, verbatim: true });
    } catch (error) {
      return { ok: false, reason: `${bare} does not resolve (${(error as NodeJS.ErrnoException).code ?? "DNS error"})`, unresolved: true };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: `${bare} does not resolve`, unresolved: true };
  for (const { address } of addresses) {
    const verdict = checkAddress(address, policy);
    if (!verdict.ok) return verdict;
  }
  const first = addresses[0];
  return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** For forms: whether a URL's or host's target is allowed now (the runner checks again on every check). */
export async function checkTargetAllowed(hostOrUrl: string, policy: TargetPolicy): Promise<AddressVerdict> {
  let host = hostOrUrl;
  if (hostOrUrl.includes("://")) {
    try {
      host = new URL(hostOrUrl).hostname;
    } catch {
      return { ok: false, reason: "not a valid URL" };
    }
  }
  const target = await resolveAllowedTarget(host, policy);
  return target.ok ? { ok: true } : target;
}
