import "server-only";
import pg from "pg";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";

export interface PostgresTarget {
  connectionString: string | null;
  timeoutMs: number;
}

/** Connects to the address the SSRF guard checked and runs `SELECT 1`, all within the timeout. */
export async function runPostgresCheck(target: PostgresTarget, policy: TargetPolicy): Promise<CheckOutcome> {
  if (!target.connectionString) return failed("The monitor has no connection string");
  let url: URL;
  try {
    url = new URL(target.connectionString);
  } catch {
    return failed("The connection string is not a postgresql:// URL");
  }
  const host = decodeURIComponent(url.hostname) || "localhost";
  const resolved = await resolveAllowedTarget(host, policy);
  if (!resolved.ok) return failed(`Refused: ${resolved.reason}`);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = new pg.Client({
    connectionString: target.connectionString,
    // The checked address, never a second lookup of the name.
    host: resolved.address,
    connectionTimeoutMillis: target.timeoutMs,
    query_timeout: target.timeoutMs,
    statement_timeout: target.timeoutMs,
  });
  client.on("error", () => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("timeout"), { name: "TimeoutError" })), target.timeoutMs);
  });
  try {
    await Promise.race([client.connect().then(() => client.query("SELECT 1")), deadline]);
    return { ok: true, responseTimeMs: elapsed(), statusCode: null, error: null };
  } catch (error) {
    return failed(describePostgresError(error, target.timeoutMs), { responseTimeMs: elapsed() });
  } finally {
    clearTimeout(timer);
    void client.end().catch(() => undefined);
  }
}

// Server errors carry a SQLSTATE; the message names the role or database, never the password.
function describePostgresError(error: unknown, timeoutMs: number): string {
  const e = error as { code?: string; message?: string; severity?: string };
  if (e?.severity && e.code) return `Postgres ${e.code}: ${e.message}`;
  if (/timeout/i.test(e?.message ?? "")) return `Timed out after ${timeoutMs} ms`;
  return describeNetworkError(error, timeoutMs);
}
