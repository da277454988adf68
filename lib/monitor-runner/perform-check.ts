import "server-only";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";
import type { CheckSpec } from "./check-spec";
import { runDnsCheck } from "./dns-check";
import { runHttpCheck } from "./http-check";
import { runPostgresCheck } from "./postgres-check";
import { runTcpCheck } from "./tcp-check";
import { runTlsCheck } from "./tls-check";

/** Performs the monitor's check now. A heartbeat the scheduler reaches is one that did not arrive in time. */
export async function performCheck(spec: CheckSpec, policy: TargetPolicy): Promise<CheckOutcome> {
  try {
    if (spec.kind === "http") return await runHttpCheck(spec, policy);
    if (spec.kind === "tcp") return await runTcpCheck(spec, policy);
    if (spec.kind === "dns") return await runDnsCheck(spec, policy);
    if (spec.kind === "tls") return await runTlsCheck(spec, policy);
    if (spec.kind === "postgres") return await runPostgresCheck(spec, policy);
    return failed(`No heartbeat received within ${spec.intervalSeconds} s`);
  } catch (error) {
    // A bug in a check must read as a failed check, not stop the scheduler.
    return failed(`Check failed: ${(error as Error).message}`);
  }
}
