import "server-only";
import { parseEnv } from "@/lib/env";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";

/** What vendors' pages may be: BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS, the one setting for Beacon's outgoing requests. */
export function upstreamPolicy(): TargetPolicy {
  return { allowPrivateNetworks: parseEnv().monitor.allowPrivateNetworks };
}
