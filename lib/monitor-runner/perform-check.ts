import "server-only";
import type { Monitor } from "@/lib/generated/prisma/client";
import type { TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";
import { runHttpCheck } from "./http-check";
import { runTcpCheck } from "./tcp-check";

/** Performs the monitor's check now. A heartbeat the scheduler reaches is one that did not arrive in time. */
export async function performCheck(monitor: Monitor, policy: TargetPolicy): Promise<CheckOutcome> {
  try {
    if (monitor.kind === "http") return await runHttpCheck(monitor, policy);
    if (monitor.kind === "tcp") return await runTcpCheck(monitor, policy);
    return failed(`No heartbeat received within ${monitor.intervalSeconds} s`);
  } catch (error) {
    // A bug in a check must read as a failed check, not stop the scheduler.
    return failed(`Check failed: ${(error as Error).message}`);
  }
}
