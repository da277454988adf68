import "server-only";
import tls from "node:tls";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";

const DAY_MS = 86_400_000;
export const DEFAULT_TLS_WARN_DAYS = 14;

export interface TlsTarget {
  host: string | null;
  port: number | null;
  timeoutMs: number;
  tlsExpiryWarnDays: number | null;
}

// Chain errors OpenSSL reports when a server sends its certificate without the intermediates.
const INCOMPLETE_CHAIN = new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_GET_ISSUER_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"]);

export interface TlsCheckOptions {
  /** Trusted roots instead of Node's (tests trust the CA they made). */
  ca?: string[];
  now?: Date;
}

/**
 * Completes a TLS handshake with the host (SNI = host) at the address the SSRF guard checked and judges the
 * certificate: a host-name mismatch, an expired or untrusted certificate or an incomplete chain fail; fewer than
 * `tlsExpiryWarnDays` days left is up but degraded, with a notice.
 */
export async function runTlsCheck(target: TlsTarget, policy: TargetPolicy, options: TlsCheckOptions = {}): Promise<CheckOutcome> {
  if (!target.host) return failed("The monitor has no host");
  const port = target.port ?? 443;
  const resolved = await resolveAllowedTarget(target.host, policy);
  if (!resolved.ok) return failed(`Refused: ${resolved.reason}`);
  const started = performance.now();
  const servername = /^[\d.]+$|:/.test(target.host) ? undefined : target.host;
  return new Promise<CheckOutcome>((resolve) => {
    const socket = tls.connect({ host: resolved.address, port, servername, rejectUnauthorized: false, ca: options.ca });
    const finish = (outcome: CheckOutcome) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(failed(`Timed out after ${target.timeoutMs} ms`, { responseTimeMs: target.timeoutMs })),
      target.timeoutMs,
    );
    socket.once("secureConnect", () => {
      const responseTimeMs = Math.round(performance.now() - started);
      finish(judgeCertificate(target, socket, responseTimeMs, options.now ?? new Date()));
    });
    socket.once("error", (error) =>
      finish(failed(describeNetworkError(error, target.timeoutMs), { responseTimeMs: Math.round(performance.now() - started) })),
    );
  });
}

function judgeCertificate(target: TlsTarget, socket: tls.TLSSocket, responseTimeMs: number, now: Date): CheckOutcome {
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.valid_to) return failed("The server sent no certificate", { responseTimeMs });
  const expiresAt = new Date(cert.valid_to);
  const base = { responseTimeMs, statusCode: null, tlsExpiresAt: expiresAt };
  const mismatch = tls.checkServerIdentity(target.host!, cert);
  if (mismatch) return { ...base, ok: false, error: `TLS certificate does not match ${target.host} (${cert.subject?.CN ?? "no name"})` };
  if (expiresAt.getTime() <= now.getTime()) return { ...base, ok: false, error: `TLS certificate expired on ${day(expiresAt)}` };
  const problem = socket.authorizationError
    ? String((socket.authorizationError as unknown as { code?: string }).code ?? socket.authorizationError)
    : null;
  if (problem && INCOMPLETE_CHAIN.has(problem)) return { ...base, ok: false, error: `TLS certificate chain is incomplete (${problem})` };
  if (problem === "CERT_HAS_EXPIRED") return { ...base, ok: false, error: `TLS certificate expired on ${day(expiresAt)}` };
  if (problem) return { ...base, ok: false, error: `TLS certificate is not trusted (${problem})` };
  const daysLeft = Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS);
  const warnDays = target.tlsExpiryWarnDays ?? DEFAULT_TLS_WARN_DAYS;
  const degraded = daysLeft < warnDays ? `TLS certificate expires in ${daysLeft} day(s), on ${day(expiresAt)}` : null;
  return { ...base, ok: true, error: null, degraded };
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
