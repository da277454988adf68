import type { HttpTarget } from "./http-check";
import type { TcpTarget } from "./tcp-check";

// What a check needs to run, and nothing of the store: built-in monitors and remote probes run the same spec.

export const CHECK_KINDS = ["http", "tcp", "heartbeat", "dns", "tls", "postgres"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckSpec extends HttpTarget, TcpTarget {
  kind: CheckKind;
  intervalSeconds: number;
  keywordAbsent: boolean;
  dnsRecordType: string | null;
  dnsResolver: string | null;
  expectedValue: string | null;
  tlsExpiryWarnDays: number | null;
  /** Postgres: the connection string in plaintext, opened from its sealed form just before the check. */
  connectionString: string | null;
}
