import "server-only";
import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
import { matchesExpected } from "@/lib/monitors/expected-value";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { checkAddress, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";

export const DNS_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"] as const;

export interface DnsTarget {
  host: string | null;
  dnsRecordType: string | null;
  dnsResolver: string | null;
  expectedValue: string | null;
  timeoutMs: number;
}

/** "IP" or "IP:port" or "[IPv6]:port" → the server setServers takes, or null when it is no IP address. */
export function resolverServer(text: string): { address: string; server: string } | null {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return isIP(bracketed[1]) === 6 ? { address: bracketed[1], server: text } : null;
  if (isIP(text)) return { address: text, server: text };
  const withPort = /^([^:]+):(\d+)$/.exec(text);
  if (withPort && isIP(withPort[1]) === 4) return { address: withPort[1], server: text };
  return null;
}

/** Asks the resolver (the monitor's, checked by the SSRF guard, or the system's) for the records and judges them. */
export async function runDnsCheck(target: DnsTarget, policy: TargetPolicy): Promise<CheckOutcome> {
  if (!target.host) return failed("The monitor has no name to resolve");
  const type = (target.dnsRecordType ?? "A").toUpperCase();
  const resolver = new Resolver({ timeout: target.timeoutMs, tries: 1 });
  if (target.dnsResolver) {
    const server = resolverServer(target.dnsResolver);
    if (!server) return failed(`${target.dnsResolver} is not a resolver address (IP or IP:port)`);
    const verdict = checkAddress(server.address, policy);
    if (!verdict.ok) return failed(`Refused: ${verdict.reason}`);
    resolver.setServers([server.server]);
  }
  const started = performance.now();
  let values: string[];
  try {
    values = recordsAsText(type, await resolver.resolve(target.host, type));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const responseTimeMs = Math.round(performance.now() - started);
    if (code === "ENODATA" || code === "ENOTFOUND") return failed(`No ${type} record for ${target.host}`, { responseTimeMs });
    if (code === "ETIMEOUT") return failed(`DNS timed out after ${target.timeoutMs} ms`, { responseTimeMs });
    return failed(describeNetworkError(error, target.timeoutMs), { responseTimeMs });
  }
  const responseTimeMs = Math.round(performance.now() - started);
  if (values.length === 0) return failed(`No ${type} record for ${target.host}`, { responseTimeMs });
  if (target.expectedValue && !values.some((value) => matchesExpected(value, target.expectedValue!))) {
    return failed(`No ${type} record of ${target.host} matches the expected value (got ${values.slice(0, 3).join(", ")})`, {
      responseTimeMs,
    });
  }
  return { ok: true, responseTimeMs, statusCode: null, error: null };
}

/** Each record as one line of text: "10 mail.example.com" for MX, the joined strings for TXT. */
function recordsAsText(type: string, records: unknown): string[] {
  const list = records as unknown[];
  return list.map((record) => {
    if (typeof record === "string") return record;
    if (Array.isArray(record)) return record.join("");
    const r = record as Record<string, unknown>;
    if (type === "MX") return `${r.priority} ${r.exchange}`;
    if (type === "SRV") return `${r.priority} ${r.weight} ${r.port} ${r.name}`;
    if (type === "CAA") return `${r.critical} ${Object.keys(r).find((k) => k !== "critical")} ${Object.values(r).at(-1)}`;
    return JSON.stringify(record);
  });
}
