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
