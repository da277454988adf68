import "server-only";
import net from "node:net";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";

export interface TcpTarget {
  host: string | null;
  port: number | null;
  timeoutMs: number;
}

/** Opens a TCP connection to the checked address and closes it: up when the handshake completes in time. */
export async function runTcpCheck(target: TcpTarget, policy: TargetPolicy): Promise<CheckOutcome> {
  if (!target.host || !target.port) return failed("The monitor has no host and port");
  const resolved = await resolveAllowedTarget(target.host, policy);
  if (!resolved.ok) return failed(`Refused: ${resolved.reason}`);
  const started = performance.now();
  return new Promise<CheckOutcome>((resolve) => {
    const socket = net.connect({ host: resolved.address, port: target.port!, family: resolved.family });
    const finish = (outcome: CheckOutcome) => {
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(failed(`Timed out after ${target.timeoutMs} ms`, { responseTimeMs: target.timeoutMs })),
      target.timeoutMs,
    );
    socket.once("connect", () => {
      clearTimeout(timer);
      finish({ ok: true, responseTimeMs: Math.round(performance.now() - started), statusCode: null, error: null });
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      finish(failed(describeNetworkError(error, target.timeoutMs), { responseTimeMs: Math.round(performance.now() - started) }));
    });
  });
}
