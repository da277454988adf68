import "server-only";
import { requestOnce } from "@/lib/net/pinned-request";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { RefusedDeliveryError } from "./refused-delivery";

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs the body; any answer but 2xx (a redirect included), a timeout or a network error throws, so it is retried;
 * a refused target (not a name that fails to resolve) throws a RefusedDeliveryError, which is not.
 * Subscribers choose webhook URLs, so the target goes through the monitors' SSRF guard: never link-local or cloud
 * metadata, private networks only when allowed, and the connection goes to the address that was checked.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs = WEBHOOK_TIMEOUT_MS, targets }: { timeoutMs?: number; targets: TargetPolicy },
): Promise<void> {
  const target = new URL(url);
  const allowed = await resolveAllowedTarget(target.hostname, targets);
  if (!allowed.ok) {
    const message = `webhook target refused: ${allowed.reason}`;
    throw allowed.unresolved ? new Error(message) : new RefusedDeliveryError(message);
  }
  let statusCode: number;
  try {
    ({ statusCode } = await requestOnce({
      url: target,
      address: allowed.address,
      family: allowed.family,
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Beacon-Webhooks/1", ...headers },
      body,
      readBody: false,
      signal: AbortSignal.timeout(timeoutMs),
    }));
  } catch (error) {
    throw new Error(`webhook request failed: ${describeRequestError(error, timeoutMs)}`);
  }
  if (statusCode < 200 || statusCode > 299) throw new Error(`webhook answered HTTP ${statusCode}`);
}

function describeRequestError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `no answer within ${timeoutMs / 1000} s`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
