/** What one check found; recorded as a MonitorCheck row. */
export interface CheckOutcome {
  ok: boolean;
  responseTimeMs: number | null;
  statusCode: number | null;
  /** Why the check failed, in words an incident can quote ("502 Bad Gateway", "Timed out after 5000 ms"). */
  error: string | null;
  /** HTTPS only: when the server's certificate expires. */
  tlsExpiresAt?: Date | null;
  /** Up, but worth a notice that turns the monitor degraded ("TLS certificate expires in 5 days"). */
  degraded?: string | null;
}

export function failed(error: string, extra: Partial<CheckOutcome> = {}): CheckOutcome {
  return { ok: false, responseTimeMs: null, statusCode: null, error, ...extra };
}

/** A network error as a short sentence: the code when Node gives one ("ECONNREFUSED: connection refused"). */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as NodeJS.ErrnoException & { name?: string };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `Timed out after ${timeoutMs} ms`;
  const words: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
    ENOTFOUND: "host not found",
    CERT_HAS_EXPIRED: "TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
    ERR_TLS_CERT_ALTNAME_INVALID: "TLS certificate does not match the host",
  };
  if (e?.code) return words[e.code] ? `${e.code}: ${words[e.code]}` : `${e.code}: ${e.message}`;
  return e?.message ?? String(error);
}
