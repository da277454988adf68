import "server-only";
import { parseEnv } from "@/lib/env";
import { checkTargetAllowed } from "@/lib/net/ssrf-guard";

const LOOKUP_BUDGET_MS = 2_000;

/**
 * Why the runner would refuse a monitor's target right now (a private address, a name that does not resolve),
 * or null. For the admin form only: the save stands, since the runner checks again before every connection.
 */
export async function targetWarning(monitor: { kind: string; url: string | null; host: string | null }): Promise<string | null> {
  const target = monitor.kind === "http" ? monitor.url : monitor.kind === "tcp" ? monitor.host : null;
  if (!target) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LOOKUP_BUDGET_MS).unref());
  const verdict = await Promise.race([
    checkTargetAllowed(target, { allowPrivateNetworks: parseEnv().monitor.allowPrivateNetworks }),
    timeout,
  ]);
  return verdict && !verdict.ok ? `Saved, but checks will fail until this is fixed: ${verdict.reason}` : null;
}
